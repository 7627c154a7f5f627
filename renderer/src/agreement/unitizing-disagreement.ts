/**
 * The two disagreements of alpha-U for one category, as DKPro Agreement computes them: D_O
 * from the distances between the raters' segmentations, D_E from every way the same units and
 * gaps could have been laid on the continuum. Formulas in `krippendorffAlphaU`.
 */
import type { TextRange } from './types';
import { segmentDistance, type Segment } from './unitizing-segments';

/**
 * D_O(c): `segments[r]` is rater r's segmentation of [0, length) for category c (from
 * `segmentContinuum`); needs at least two raters and length > 0 (the caller checks).
 */
export function observedDisagreement(
  segments: ReadonlyArray<readonly Segment[]>,
  length: number,
): number {
  const raterCount = segments.length;
  let sum = 0;
  for (let r1 = 0; r1 < raterCount; r1++) {
    for (let r2 = r1 + 1; r2 < raterCount; r2++) {
      sum += pairDistance(segments[r1] ?? [], segments[r2] ?? []);
    }
  }
  return (2 * sum) / (raterCount * (raterCount - 1) * length * length);
}

/**
 * Sum of delta^2 over intersecting segment pairs of two raters. Both lists tile [0, L) in
 * order, so a two-pointer merge visits each intersecting pair exactly once (DKPro walks the
 * same pairs position by position); pairs that do not intersect always cost 0.
 */
function pairDistance(first: readonly Segment[], second: readonly Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const g = first[i] as Segment;
    const h = second[j] as Segment;
    sum += segmentDistance(g, h);
    if (g.end <= h.end) i++;
    if (h.end <= g.end) j++;
  }
  return sum;
}

/**
 * D_E(c): `unitsPerRater[r]` are rater r's c-units and `segments[r]` their segmentation; needs
 * at least two raters and length > 0. Each unit's sum over gaps at least as long is one binary
 * search over the sorted gap lengths, so the cost is O((U + G) log G), not O(U G).
 */
export function expectedDisagreement(
  unitsPerRater: ReadonlyArray<readonly TextRange[]>,
  segments: ReadonlyArray<readonly Segment[]>,
  length: number,
): number {
  const raterCount = unitsPerRater.length;
  const units = unitsPerRater.flat();
  const unitCount = units.length;
  const gapLengths = segments
    .flat()
    .filter((segment) => !segment.isUnit)
    .map((gap) => gap.end - gap.start)
    .sort((x, y) => y - x);
  // Prefix sums over the descending gap lengths: prefix[k] = sum of the k longest gaps, so each
  // unit's sum over gaps with l_g >= l_u is one binary search instead of a scan of every gap.
  const prefix = [0];
  for (const gap of gapLengths) prefix.push((prefix[prefix.length - 1] ?? 0) + gap);

  let numerator = 0;
  let pairedLengths = 0;
  for (const unit of units) {
    const l = unit.end - unit.start;
    pairedLengths += l * (l - 1);
    const withinUnits = ((unitCount - 1) * (2 * l * l * l - 3 * l * l + l)) / 3;
    const k = countAtLeast(gapLengths, l);
    const withinGaps = l * l * ((prefix[k] ?? 0) - k * (l - 1));
    numerator += withinUnits + withinGaps;
  }
  const total = raterCount * length;
  return ((2 / length) * numerator) / (total * (total - 1) - pairedLengths);
}

/** How many values of a descending list are >= `threshold`. */
function countAtLeast(descending: readonly number[], threshold: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((descending[middle] ?? 0) >= threshold) low = middle + 1;
    else high = middle;
  }
  return low;
}
