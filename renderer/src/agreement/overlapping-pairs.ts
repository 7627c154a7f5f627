/**
 * Finding which ranges of one list overlap which of another without comparing every pair:
 * a sweep in start order that keeps the still-open ranges of each side. Span F1 over a whole
 * selection compares thousands of spans per label, where all-pairs would be quadratic.
 */
import type { TextRange } from './types';

/**
 * Calls `visit(i, j, overlap)` once for every pair with `a[i]` and `b[j]` sharing at least one
 * character; `overlap` is the number of shared characters (> 0). Ranges that only touch
 * (end = start) do not overlap; empty ranges overlap nothing. Visit order is unspecified.
 * Cost: O((|a| + |b|) log(|a| + |b|) + pairs + open ranges per step).
 */
export function forEachOverlappingPair(
  a: readonly TextRange[],
  b: readonly TextRange[],
  visit: (i: number, j: number, overlap: number) => void,
): void {
  const orderA = byStart(a);
  const orderB = byStart(b);
  let openA: number[] = [];
  let openB: number[] = [];
  let nextA = 0;
  let nextB = 0;
  while (nextA < orderA.length || nextB < orderB.length) {
    const i = orderA[nextA];
    const j = orderB[nextB];
    const rangeA = i === undefined ? undefined : a[i];
    const rangeB = j === undefined ? undefined : b[j];
    // On equal starts take A first; B then finds it open, so the pair is still seen once.
    if (i !== undefined && rangeA && (!rangeB || rangeA.start <= rangeB.start)) {
      nextA++;
      if (rangeA.end <= rangeA.start) continue;
      openB = openB.filter((k) => (b[k] as TextRange).end > rangeA.start);
      for (const k of openB) visit(i, k, overlapLength(rangeA, b[k] as TextRange));
      openA.push(i);
    } else if (j !== undefined && rangeB) {
      nextB++;
      if (rangeB.end <= rangeB.start) continue;
      openA = openA.filter((k) => (a[k] as TextRange).end > rangeB.start);
      for (const k of openA) visit(k, j, overlapLength(a[k] as TextRange, rangeB));
      openB.push(j);
    }
  }
}

/** Characters shared by two ranges (0 when they are disjoint or only touch). */
export function overlapLength(x: TextRange, y: TextRange): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

function byStart(ranges: readonly TextRange[]): number[] {
  return ranges
    .map((_, i) => i)
    .sort((i, j) => (ranges[i] as TextRange).start - (ranges[j] as TextRange).start);
}
