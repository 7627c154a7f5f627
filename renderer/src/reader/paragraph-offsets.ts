/**
 * The table that maps the reader's paragraphs back to the stored text.
 *
 * The reader shows one paragraph per line of the stored text (`text.split('\n')`), so
 * paragraph `i` starts at `starts[i]` and the `\n` that ends it sits at `starts[i + 1] - 1`.
 * Every offset here is in UTF-16 code units of the stored text (JavaScript string indices),
 * the same unit as Lexical's text offsets and as annotation offsets: an emoji outside the
 * BMP counts 2, a letter with a combining mark counts 2 (NFC keeps what has no composed form).
 * Never derive offsets from `root.getTextContent()`: Lexical joins paragraphs with `\n\n`.
 */

/** Start offsets of the text's lines, one per paragraph; `[0]` for an empty text. */
export type ParagraphStarts = readonly number[];

/** A position inside one paragraph. */
export interface ParagraphPosition {
  paragraphIndex: number;
  offsetInParagraph: number;
}

/** The start offset of every line of `text`, as the reader splits it into paragraphs. */
export function paragraphStartOffsets(text: string): number[] {
  const starts = [0];
  // indexOf rather than split: a 20 MB text need not be copied into line strings here.
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

/**
 * The stored-text offset of `offsetInParagraph` in paragraph `paragraphIndex`.
 * Throws a RangeError for a paragraph index outside the table.
 */
export function textOffsetOf(
  starts: ParagraphStarts,
  paragraphIndex: number,
  offsetInParagraph: number,
): number {
  const start = starts[paragraphIndex];
  if (start === undefined) {
    throw new RangeError(`No paragraph ${paragraphIndex} (the text has ${starts.length})`);
  }
  return start + offsetInParagraph;
}

/**
 * The paragraph holding stored-text `offset`, and the offset within it. An offset on a
 * line's `\n` maps to the end of that line; offsets are clamped to the table's range.
 */
export function paragraphPositionOf(starts: ParagraphStarts, offset: number): ParagraphPosition {
  // Binary search for the last paragraph starting at or before `offset`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { paragraphIndex: low, offsetInParagraph: Math.max(0, offset - (starts[low] ?? 0)) };
}
