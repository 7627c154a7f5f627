/**
 * The test vectors of the agreement reference (reproduced there by hand, NLTK 3.8 and DKPro
 * Agreement), shared by the coefficient tests so every module is pinned to the same data.
 */
import type { LabelledSpan, UnitizingUnit } from '../types';

/** Ten items labelled by two annotators (Cohen 0.545455, Scott 0.541985, alpha 0.564885). */
export const tenItems = {
  a: ['PER', 'PER', 'ORG', 'ORG', 'LOC', 'PER', 'ORG', 'LOC', 'LOC', 'PER'],
  b: ['PER', 'ORG', 'ORG', 'ORG', 'LOC', 'PER', 'PER', 'LOC', 'ORG', 'PER'],
} as const;

/**
 * Krippendorff's reliability data with missing values, coders x units (null = `*`);
 * alpha nominal 0.691358. Transpose it for the units x coders input.
 */
export const textbookCoderRows: ReadonlyArray<ReadonlyArray<number | null>> = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

/** Alpha-U example 1: L = 10, one category; A [2,6), B [3,6); alpha-U 0.842609. */
export const alphaUExample1 = {
  length: 10,
  raters: ['A', 'B'],
  units: [
    { rater: 'A', category: 'c', start: 2, end: 6 },
    { rater: 'B', category: 'c', start: 3, end: 6 },
  ] satisfies UnitizingUnit[],
};

/** Example 2 as labelled spans of A (reference) and B (prediction), L = 60. */
export const example2Spans: { a: LabelledSpan[]; b: LabelledSpan[]; length: number } = {
  length: 60,
  a: [
    { label: 'X', start: 10, end: 20 },
    { label: 'Y', start: 30, end: 40 },
  ],
  b: [
    { label: 'X', start: 10, end: 20 },
    { label: 'Y', start: 32, end: 45 },
    { label: 'X', start: 50, end: 55 },
  ],
};

/** Alpha-U example 2: X 0.805417, Y 0.791302, overall 0.798083. */
export const alphaUExample2 = {
  length: example2Spans.length,
  raters: ['A', 'B'],
  units: [
    ...example2Spans.a.map((s) => ({ rater: 'A', category: s.label, start: s.start, end: s.end })),
    ...example2Spans.b.map((s) => ({ rater: 'B', category: s.label, start: s.start, end: s.end })),
  ] satisfies UnitizingUnit[],
};

/** Transposes a rectangular matrix (rows become columns). */
export function transpose<T>(rows: ReadonlyArray<ReadonlyArray<T>>): T[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] as T));
}

/** A value rounded to six decimals, as the reference states its vectors. */
export function sixDecimals(value: number | null): string | null {
  return value === null ? null : value.toFixed(6);
}
