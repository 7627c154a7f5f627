/**
 * Fleiss' kappa: agreement of a fixed number of raters per item, with one pooled label
 * distribution as the chance model. With two raters it is Scott's pi.
 */
import { chanceCorrected } from './chance-correction';
import { incrementCount, sumOfSquares } from './counting';
import type { Label } from './types';

/** Fleiss' kappa with the proportions it was computed from. */
export interface FleissKappaResult {
  /** (P - P_e) / (1 - P_e); null when undefined (no items, or P_e = 1). */
  readonly kappa: number | null;
  /** P, the mean over items of the share of agreeing rater pairs; null without items. */
  readonly observed: number | null;
  /** P_e = sum over labels j of p_j^2 (pooled label shares); null without items. */
  readonly expected: number | null;
  /** N, the number of items. */
  readonly items: number;
  /** n, the number of ratings per item (0 when there are no items). */
  readonly raters: number;
}

/**
 * Fleiss' kappa: `items[i]` lists the n labels item i received, one per rating, in any order
 * (raters need not be the same people from item to item).
 *
 * Edge cases: no items gives every figure null; when every rating is the same label,
 * P_e = P = 1 and kappa is null (undefined). The value is at most 1 and at least -1/(n - 1).
 *
 * @throws RangeError when an item has fewer than two ratings or items differ in their number
 *   of ratings (Fleiss' P_i assumes a constant n; use Krippendorff's alpha for missing data).
 */
export function fleissKappa<L extends Label>(
  items: ReadonlyArray<readonly L[]>,
): FleissKappaResult {
  const first = items[0];
  if (first === undefined) {
    return { kappa: null, observed: null, expected: null, items: 0, raters: 0 };
  }
  const raters = first.length;
  if (raters < 2) throw new RangeError('fleissKappa: every item needs at least two ratings');

  const totals = new Map<L, number>();
  // Sum of n_ij (n_ij - 1) over items and labels: the ordered pairs of ratings that agree.
  let agreeingPairs = 0;
  items.forEach((ratings, i) => {
    if (ratings.length !== raters) {
      throw new RangeError(`fleissKappa: item ${i} has ${ratings.length} ratings, not ${raters}`);
    }
    const counts = new Map<L, number>();
    for (const label of ratings) incrementCount(counts, label);
    for (const [label, count] of counts) {
      agreeingPairs += count * (count - 1);
      incrementCount(totals, label, count);
    }
  });

  const n = items.length;
  const ratings = n * raters;
  const observed = agreeingPairs / (n * raters * (raters - 1));
  const expected = sumOfSquares(totals.values()) / (ratings * ratings);
  return { kappa: chanceCorrected(observed, expected), observed, expected, items: n, raters };
}

/**
 * Scott's pi for two annotators (`a[i]`, `b[i]` label item i): Fleiss' kappa with two raters,
 * so chance is one label distribution pooled over both annotators (unlike Cohen's kappa).
 * Same edge cases as `fleissKappa`; symmetric in `a` and `b`, within [-1, 1].
 *
 * @throws RangeError when the two label lists differ in length.
 */
export function scottPi<L extends Label>(a: readonly L[], b: readonly L[]): FleissKappaResult {
  if (a.length !== b.length) {
    throw new RangeError(`scottPi: ${a.length} labels for A but ${b.length} for B`);
  }
  return fleissKappa(a.map((label, i) => [label, b[i] as L]));
}
