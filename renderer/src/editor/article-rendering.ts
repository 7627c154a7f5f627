/**
 * Builds the reader's Lexical content from the stored text and highlight segments: one
 * paragraph per line, each line's text cut into plain text nodes and annotation marks,
 * the paragraphs grouped in blocks of `PARAGRAPHS_PER_BLOCK` lines (`article-blocks.ts`).
 * Must run inside `editor.update`. Node keys are created here and never stored.
 */
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalNode,
} from 'lexical';
import type { ParagraphSegment } from '../annotation/segments';
import { $paragraphAt, PARAGRAPHS_PER_BLOCK } from '../reader/article-blocks';
import {
  $createArticleBlockNode,
  $isArticleBlockNode,
  type ArticleBlockNode,
} from '../reader/ArticleBlockNode';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import { $createAnnotationMarkNode } from './AnnotationMarkNode';
import type { SegmentsByParagraph } from './paragraph-segments';

/** The text of line `index` (without its `\n`). */
export function lineText(text: string, starts: ParagraphStarts, index: number): string {
  const start = starts[index] ?? 0;
  const next = starts[index + 1];
  return text.slice(start, next === undefined ? text.length : next - 1);
}

/** The children of one paragraph: text between marks, and a mark (with its text) per segment. */
function $lineChildren(
  line: string,
  lineStart: number,
  segments: readonly ParagraphSegment<string>[],
): LexicalNode[] {
  const children: LexicalNode[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = segment.start - lineStart;
    const to = segment.end - lineStart;
    if (from > at) children.push($createTextNode(line.slice(at, from)));
    const mark = $createAnnotationMarkNode(segment.ids);
    mark.append($createTextNode(line.slice(from, to)));
    children.push(mark);
    at = to;
  }
  if (at < line.length) children.push($createTextNode(line.slice(at)));
  return children;
}

/** Characters per rendered row, roughly, at the editor's measure (72ch less padding). */
const CHARACTERS_PER_ROW = 70;

/** Rows a line takes once wrapped, estimated from its length (an empty line takes one). */
function rowsOf(line: string): number {
  return Math.max(1, Math.ceil(line.length / CHARACTERS_PER_ROW));
}

/**
 * Appends paragraphs `from` (inclusive) to `to` (exclusive), each line with its segments:
 * the reader builds a long article in chunks, so the first screen paints early. `from` is
 * the number of paragraphs already built: a chunk first fills the last block.
 */
export function $appendParagraphs(
  text: string,
  starts: ParagraphStarts,
  from: number,
  to: number,
  segments: SegmentsByParagraph,
): void {
  const root = $getRoot();
  const last = root.getLastChild();
  let block: ArticleBlockNode | null = $isArticleBlockNode(last) ? last : null;
  const blocks: ArticleBlockNode[] = [];
  let lines: LexicalNode[] = [];
  let rows = 0;
  // One append per block: one splice instead of one per line.
  const flush = () => {
    if (block === null || lines.length === 0) return;
    block.append(...lines);
    block.setRows(block.getRows() + rows);
    lines = [];
    rows = 0;
  };
  for (let index = from; index < Math.min(to, starts.length); index++) {
    if (block === null || index % PARAGRAPHS_PER_BLOCK === 0) {
      flush();
      block = $createArticleBlockNode();
      blocks.push(block);
    }
    const line = lineText(text, starts, index);
    const paragraph = $createParagraphNode();
    const children = $lineChildren(line, starts[index] ?? 0, segments.get(index) ?? []);
    if (children.length > 0) paragraph.append(...children);
    lines.push(paragraph);
    rows += rowsOf(line);
  }
  flush();
  if (blocks.length > 0) root.append(...blocks);
}

/** Replaces the whole document: every line, with its segments. */
export function $renderArticle(
  text: string,
  starts: ParagraphStarts,
  segments: SegmentsByParagraph,
): void {
  $getRoot().clear();
  $appendParagraphs(text, starts, 0, starts.length, segments);
}

/** Re-renders the paragraphs `indices` only, with their new segments. */
export function $renderParagraphs(
  text: string,
  starts: ParagraphStarts,
  indices: Iterable<number>,
  segmentsOf: (index: number) => readonly ParagraphSegment<string>[],
): void {
  for (const index of indices) {
    const paragraph = $paragraphAt(index);
    if (!$isElementNode(paragraph)) continue;
    paragraph.clear();
    const children = $lineChildren(
      lineText(text, starts, index),
      starts[index] ?? 0,
      segmentsOf(index),
    );
    if (children.length > 0) paragraph.append(...children);
  }
}
