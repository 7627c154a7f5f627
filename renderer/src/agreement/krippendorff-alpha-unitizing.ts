/**
 * Krippendorff's alpha-U for unitizing: do raters mark the same stretches of text with the same
 * category? Computed per category exactly as DKPro Agreement (and so INCEpTION) does, so that
 * figures match what analysts see there (DKPro `KrippendorffAlphaUnitizingAgreement`, after
 * Krippendorff 1995, "On the reliability of unitizing contiguous data").
 */
import type { TextRange, UnitizingUnit } from './types';
import { expectedDisagreement, observedDisagreement } from './unitizing-disagreement';
import { normalizeUnits, segmentContinuum } from './unitizing-segments';

/** A unitizing study: a continuum [0, length), its raters, and every rater's units. */
export interface UnitizingStudy {
  readonly length: number;
  /** All raters, including any who marked nothing: they still count in R. */
  readonly raters: readonly string[];
  readonly units: readonly UnitizingUnit[];
}

/** Alpha-U of one category with its disagreements. */
export interface CategoryAlphaU {
  readonly category: string;
  /** 1 - D_O / D_E; null when D_E = 0 (no variation that could be disagreed about). */
  readonly alpha: number | null;
  /** D_O, the observed disagreement. */
  readonly observed: number;
  /** D_E, the disagreement expected by chance. */
  readonly expected: number;
  /** N_c, the category's units over all raters (after merging overlaps). */
  readonly unitCount: number;
}

/** Alpha-U of a study: overall and per category (sorted by category). */
export interface AlphaUResult {
  /** 1 - mean D_O / mean D_E over categories; null when undefined (see krippendorffAlphaU). */
  readonly alpha: number | null;
  /** mean over categories of D_O; null when undefined. */
  readonly observed: number | null;
  /** mean over categories of D_E; null when undefined. */
  readonly expected: number | null;
  readonly categories: readonly CategoryAlphaU[];
  /** Units absorbed because they overlapped a unit of the same rater and category. */
  readonly mergedUnits: number;
}

/**
 * Alpha-U per category c (the categories are those of the units), with R raters over [0, L):
 * - D_O(c) = 2 * sum over rater pairs r1 < r2 of sum over intersecting segments (g, h) of
 *   delta^2(g, h) / (R (R - 1) L^2), delta as in `segmentDistance`;
 * - D_E(c) = (2/L) * sum over c-units u of [(N_c - 1)(2 l_u^3 - 3 l_u^2 + l_u)/3
 *   + l_u^2 * sum over all raters' gaps g with l_g >= l_u of (l_g - l_u + 1)]
 *   / [R L (R L - 1) - sum over c-units of l_u (l_u - 1)];
 * - alpha_U(c) = 1 - D_O(c)/D_E(c); overall alpha_U = 1 - mean D_O / mean D_E, which is DKPro's
 *   definition (not the mean of per-category alphas, which would overweight rare categories).
 *
 * A rater's overlapping units of one category are merged first (see `normalizeUnits`); the
 * count is reported. Several documents: lay them end to end with `concatenateDocuments`.
 *
 * Edge cases: with fewer than two raters, an empty continuum or no units, nothing can be
 * compared and every figure is null with no categories. A category whose D_E is 0 gets alpha
 * null; DKPro returns 0 when D_O = D_E, which for 0/0 would read as "chance agreement".
 * The result is symmetric in the raters and at most 1.
 *
 * Cost: O(U log U + R^2 U) for U units (each rater pair is one merge of two segment lists).
 *
 * @throws RangeError when the length is not a non-negative integer, raters repeat, a unit
 *   names an unknown rater, or a unit is not integer with 0 <= start < end <= length.
 */
export function krippendorffAlphaU(study: UnitizingStudy): AlphaUResult {
  validateStudy(study);
  const { length, raters } = study;
  const byCategory = groupByCategoryAndRater(study.units, raters);
  if (raters.length < 2 || length === 0 || byCategory.size === 0) {
    return { alpha: null, observed: null, expected: null, categories: [], mergedUnits: 0 };
  }

  const categories: CategoryAlphaU[] = [];
  let mergedUnits = 0;
  for (const category of [...byCategory.keys()].sort()) {
    const perRater = byCategory.get(category) ?? [];
    const normalized = perRater.map(normalizeUnits);
    mergedUnits += normalized.reduce((sum, n) => sum + n.mergedCount, 0);
    const unitsPerRater = normalized.map((n) => n.units);
    const segments = unitsPerRater.map((units) => segmentContinuum(units, length));
    const observed = observedDisagreement(segments, length);
    const expected = expectedDisagreement(unitsPerRater, segments, length);
    const alpha = expected === 0 ? null : 1 - observed / expected;
    const unitCount = unitsPerRater.reduce((sum, units) => sum + units.length, 0);
    categories.push({ category, alpha, observed, expected, unitCount });
  }

  const observed = mean(categories.map((c) => c.observed));
  const expected = mean(categories.map((c) => c.expected));
  const alpha = expected === 0 ? null : 1 - observed / expected;
  return { alpha, observed, expected, categories, mergedUnits };
}

function groupByCategoryAndRater(
  units: readonly UnitizingUnit[],
  raters: readonly string[],
): Map<string, TextRange[][]> {
  const raterIndex = new Map(raters.map((rater, i) => [rater, i]));
  const byCategory = new Map<string, TextRange[][]>();
  for (const unit of units) {
    let perRater = byCategory.get(unit.category);
    if (perRater === undefined) {
      perRater = raters.map(() => []);
      byCategory.set(unit.category, perRater);
    }
    perRater[raterIndex.get(unit.rater) ?? 0]?.push(unit);
  }
  return byCategory;
}

function validateStudy({ length, raters, units }: UnitizingStudy): void {
  if (!Number.isInteger(length) || length < 0) {
    throw new RangeError(`krippendorffAlphaU: continuum length ${length} is not a count`);
  }
  const known = new Set(raters);
  if (known.size !== raters.length) throw new RangeError('krippendorffAlphaU: raters repeat');
  for (const { rater, start, end } of units) {
    if (!known.has(rater)) throw new RangeError(`krippendorffAlphaU: unknown rater ${rater}`);
    const isValid = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end;
    if (!isValid || end > length) {
      throw new RangeError(`krippendorffAlphaU: unit [${start}, ${end}) outside [0, ${length})`);
    }
  }
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
