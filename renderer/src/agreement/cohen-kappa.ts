/**
 * Cohen's kappa: agreement of two annotators who each labelled the same N items, corrected by
 * the chance agreement of two annotators with their own (separate) label distributions.
 */
import { chanceCorrected } from './chance-correction';
import { incrementCount } from './counting';
import type { Label } from './types';

/** Cohen's kappa with the proportions it was computed from. */
export interface CohenKappaResult {
  /** (p_o - p_e) / (1 - p_e); null when undefined (no items, or p_e = 1). */
  readonly kappa: number | null;
  /** p_o, the share of items given equal labels; null when there are no items. */
  readonly observed: number | null;
  /** p_e = sum over labels k of (n_A,k / N)(n_B,k / N); null when there are no items. */
  readonly expected: number | null;
  /** N, the number of items. */
  readonly n: number;
}

/**
 * Cohen's kappa for two annotators: `a[i]` and `b[i]` are the labels the two gave item i.
 *
 * Edge cases: no items gives every figure null; if both annotators used one and the same label
 * for every item, p_e = p_o = 1 and kappa is null (undefined), see `chanceCorrected`. The value
 * lies in [-1, 1] and is symmetric in `a` and `b`.
 *
 * @throws RangeError when the two label lists differ in length (the items must be paired).
 */
export function cohenKappa<L extends Label>(a: readonly L[], b: readonly L[]): CohenKappaResult {
  if (a.length !== b.length) {
    throw new RangeError(`cohenKappa: ${a.length} labels for A but ${b.length} for B`);
  }
  const n = a.length;
  if (n === 0) return { kappa: null, observed: null, expected: null, n };

  let agreements = 0;
  const countsA = new Map<L, number>();
  const countsB = new Map<L, number>();
  a.forEach((labelA, i) => {
    const labelB = b[i] as L;
    if (labelA === labelB) agreements++;
    incrementCount(countsA, labelA);
    incrementCount(countsB, labelB);
  });

  // Sum integer products first and divide once, so p_e = 1 is hit exactly when it should be.
  let productSum = 0;
  for (const [label, countA] of countsA) productSum += countA * (countsB.get(label) ?? 0);
  const observed = agreements / n;
  const expected = productSum / (n * n);
  return { kappa: chanceCorrected(observed, expected), observed, expected, n };
}
