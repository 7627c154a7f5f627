/**
 * Builds the reader's Lexical content from the stored text and highlight segments: one
 * paragraph per line, each line's text cut into plain text nodes and annotation marks.
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

/**
 * Appends paragraphs `from` (inclusive) to `to` (exclusive), each line with its segments:
 * the reader builds a long article in chunks, so the first screen paints early.
 */
export function $appendParagraphs(
  text: string,
  starts: ParagraphStarts,
  from: number,
  to: number,
  segments: SegmentsByParagraph,
): void {
  const paragraphs: LexicalNode[] = [];
  for (let index = from; index < Math.min(to, starts.length); index++) {
    const paragraph = $createParagraphNode();
    const children = $lineChildren(
      lineText(text, starts, index),
      starts[index] ?? 0,
      segments.get(index) ?? [],
    );
    if (children.length > 0) paragraph.append(...children);
    paragraphs.push(paragraph);
  }
  // One append of all children: one splice instead of one per line.
  $getRoot().append(...paragraphs);
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
  const root = $getRoot();
  for (const index of indices) {
    const paragraph = root.getChildAtIndex(index);
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
