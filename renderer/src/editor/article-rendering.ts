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
  $isTextNode,
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
import { $createAnnotationMarkNode, $isAnnotationMarkNode } from './AnnotationMarkNode';
import type { SegmentsByParagraph } from './paragraph-segments';

/** The text of line `index` (without its `\n`). */
export function lineText(text: string, starts: ParagraphStarts, index: number): string {
  const start = starts[index] ?? 0;
  const next = starts[index + 1];
  return text.slice(start, next === undefined ? text.length : next - 1);
}

/** One child of a paragraph: a run of text, in a mark of `ids` or (null) plain. */
interface Run {
  text: string;
  ids: readonly string[] | null;
}

/** The runs of one line: text between marks, and a mark run per segment. */
function lineRuns(
  line: string,
  lineStart: number,
  segments: readonly ParagraphSegment<string>[],
): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = segment.start - lineStart;
    const to = segment.end - lineStart;
    if (from > at) runs.push({ text: line.slice(at, from), ids: null });
    runs.push({ text: line.slice(from, to), ids: segment.ids });
    at = to;
  }
  if (at < line.length) runs.push({ text: line.slice(at), ids: null });
  return runs;
}

function $nodeOf(run: Run): LexicalNode {
  if (run.ids === null) return $createTextNode(run.text);
  const mark = $createAnnotationMarkNode(run.ids);
  mark.append($createTextNode(run.text));
  return mark;
}

/** Whether `node`, a paragraph's child, already shows `run`. */
function $shows(node: LexicalNode, run: Run): boolean {
  if (run.ids === null) return $isTextNode(node) && node.getTextContent() === run.text;
  if (!$isAnnotationMarkNode(node) || node.getTextContent() !== run.text) return false;
  const ids = node.getIDs();
  return ids.length === run.ids.length && ids.every((id, index) => id === run.ids![index]);
}

/** The children of one paragraph: text between marks, and a mark (with its text) per segment. */
function $lineChildren(
  line: string,
  lineStart: number,
  segments: readonly ParagraphSegment<string>[],
): LexicalNode[] {
  return lineRuns(line, lineStart, segments).map($nodeOf);
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

/**
 * Re-renders the paragraphs `indices` only, with their new segments. Within a paragraph,
 * the children that already show the same run at its start and at its end are kept: a tag
 * in a line of twenty marks replaces the runs it splits, not the line, so what a key press
 * costs Lexical does not grow with the marks around it.
 */
export function $renderParagraphs(
  text: string,
  starts: ParagraphStarts,
  indices: Iterable<number>,
  segmentsOf: (index: number) => readonly ParagraphSegment<string>[],
): void {
  for (const index of indices) {
    const paragraph = $paragraphAt(index);
    if (!$isElementNode(paragraph)) continue;
    const runs = lineRuns(lineText(text, starts, index), starts[index] ?? 0, segmentsOf(index));
    const children = paragraph.getChildren();
    const most = Math.min(children.length, runs.length);
    let head = 0;
    while (head < most && $shows(children[head]!, runs[head]!)) head++;
    let tail = 0;
    while (
      tail < most - head &&
      $shows(children[children.length - 1 - tail]!, runs[runs.length - 1 - tail]!)
    )
      tail++;
    const fresh = runs.slice(head, runs.length - tail).map($nodeOf);
    const gone = children.length - head - tail;
    if (gone > 0 || fresh.length > 0) paragraph.splice(head, gone, fresh);
  }
}
