/**
 * Krippendorff's alpha for nominal data: any number of coders, missing values allowed, chance
 * modelled by the pooled distribution of all pairable values.
 */
import { incrementCount, sumOfSquares } from './counting';
import type { Label } from './types';

/** Krippendorff's alpha (nominal) with the disagreements it was computed from. */
export interface AlphaNominalResult {
  /** 1 - D_o / D_e; null when undefined (no pairable values, or only one value used). */
  readonly alpha: number | null;
  /** D_o, the observed share of disagreeing pairs; null without pairable values. */
  readonly observed: number | null;
  /** D_e, the disagreement expected by chance; null without pairable values. */
  readonly expected: number | null;
  /** n, the number of values in units coded by at least two coders. */
  readonly pairableValues: number;
  /** The number of units coded by at least two coders (the others are ignored). */
  readonly pairableUnits: number;
}

/**
 * Krippendorff's alpha, nominal metric, over a units x coders matrix: `units[u][c]` is the
 * value coder c gave unit u, or null when c did not code u (a shorter row is the same as
 * trailing nulls).
 *
 * Each unit with m_u >= 2 values adds 1/(m_u - 1) to o_ck for every ordered pair (c, k) of
 * values from different coders; alpha = 1 - (n - 1) sum_{c!=k} o_ck / sum_{c!=k} n_c n_k.
 * Units with fewer than two values are ignored, as Krippendorff prescribes.
 *
 * Edge cases: without pairable units every figure is null; when all pairable values are the
 * same, D_e = 0 and alpha is null (Krippendorff: undefined without variation; NLTK raises).
 * The value is at most 1 and invariant under reordering coders or units.
 */
export function krippendorffAlphaNominal<L extends Label>(
  units: ReadonlyArray<ReadonlyArray<L | null>>,
): AlphaNominalResult {
  const valueTotals = new Map<L, number>(); // n_c
  let pairableValues = 0; // n
  let pairableUnits = 0;
  let disagreement = 0; // sum over c != k of o_ck

  for (const unit of units) {
    const counts = new Map<L, number>();
    let m = 0;
    for (const value of unit) {
      if (value === null) continue;
      incrementCount(counts, value);
      m++;
    }
    if (m < 2) continue;
    pairableUnits++;
    pairableValues += m;
    // Of the m(m - 1) ordered pairs of values from different coders, sum_c n_uc (n_uc - 1)
    // agree; the rest disagree, each weighing 1/(m - 1).
    disagreement += (m * m - sumOfSquares(counts.values())) / (m - 1);
    for (const [value, count] of counts) incrementCount(valueTotals, value, count);
  }

  if (pairableValues === 0) {
    return { alpha: null, observed: null, expected: null, pairableValues, pairableUnits };
  }
  const n = pairableValues;
  const observed = disagreement / n;
  const expected = (n * n - sumOfSquares(valueTotals.values())) / (n * (n - 1));
  const alpha = expected === 0 ? null : 1 - observed / expected;
  return { alpha, observed, expected, pairableValues, pairableUnits };
}
