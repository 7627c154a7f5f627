/**
 * A pair of distinct labels as one key: what the overlap counts are kept under
 * (`article-tally.ts`, `span-buckets.ts`) and the co-occurrence chart reads back.
 */
const PAIR_SEPARATOR = '\u0000';

/** The key of a pair of labels, `a` before `b` in code-unit order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;
}

/** The two labels of a `pairKey`. */
export function pairOf(key: string): [string, string] {
  return key.split(PAIR_SEPARATOR) as [string, string];
}
