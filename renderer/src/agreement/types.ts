/**
 * The shared vocabulary of the agreement metrics: labels, half-open character ranges, and the
 * units annotators produce. Every module in this folder is plain TypeScript (no DOM, React,
 * Dexie or Node), so the same code runs in the review screen and in Node unit tests.
 *
 * Offsets are UTF-16 code-unit positions into one document's immutable text, or into a
 * continuum of concatenated documents (see `concatenateDocuments`).
 */

/** A category chosen by an annotator. Labels are compared with SameValueZero (Map keys). */
export type Label = string | number;

/** A half-open range [start, end) of character offsets: `end` is the first offset not covered. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A labelled span from one annotator, as compared by the span F1 scores. */
export interface LabelledSpan extends TextRange {
  readonly label: string;
}

/** A unit of a unitizing study: one annotator (`rater`) marked [start, end) with `category`. */
export interface UnitizingUnit extends TextRange {
  readonly rater: string;
  readonly category: string;
}
