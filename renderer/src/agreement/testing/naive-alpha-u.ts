/**
 * A deliberately literal alpha-U for cross-checking the fast one: D_O walks the continuum
 * position by position as DKPro's `calculateObservedCategoryDisagreement` does, D_E scans every
 * gap for every unit. Quadratic; for small test studies only. Assumes no rater overlaps their
 * own units of a category (the fast code merges those first).
 */
import type { UnitizingUnit } from '../types';
import { segmentDistance } from '../unitizing-segments';

interface NaiveCategory {
  readonly observed: number;
  readonly expected: number;
}

/** D_O and D_E of one category, computed the slow way. */
export function naiveCategoryDisagreement(
  length: number,
  raters: readonly string[],
  units: readonly UnitizingUnit[],
  category: string,
): NaiveCategory {
  const R = raters.length;
  const L = length;
  const ofRater = (rater: string): UnitizingUnit[] =>
    units
      .filter((u) => u.rater === rater && u.category === category)
      .sort((x, y) => x.start - y.start);

  let observed = 0;
  for (let r1 = 0; r1 < R; r1++) {
    for (let r2 = r1 + 1; r2 < R; r2++) {
      const units1 = ofRater(raters[r1] ?? '');
      const units2 = ofRater(raters[r2] ?? '');
      let next1 = 0;
      let next2 = 0;
      let offset1 = 0;
      let length1 = 0;
      let isUnit1 = false;
      let offset2 = 0;
      let length2 = 0;
      let isUnit2 = false;
      let pos = 0;
      // DKPro's loop, including its stop once both raters' last units have been reached.
      while (pos < L && (next1 < units1.length || next2 < units2.length)) {
        if (pos === offset1 + length1) {
          const unit = units1[next1];
          if (unit !== undefined && pos === unit.start) {
            length1 = unit.end - unit.start;
            isUnit1 = true;
            next1++;
          } else {
            length1 = (unit !== undefined ? unit.start : L) - pos;
            isUnit1 = false;
          }
          offset1 = pos;
        }
        if (pos === offset2 + length2) {
          const unit = units2[next2];
          if (unit !== undefined && pos === unit.start) {
            length2 = unit.end - unit.start;
            isUnit2 = true;
            next2++;
          } else {
            length2 = (unit !== undefined ? unit.start : L) - pos;
            isUnit2 = false;
          }
          offset2 = pos;
        }
        observed += segmentDistance(
          { start: offset1, end: offset1 + length1, isUnit: isUnit1 },
          { start: offset2, end: offset2 + length2, isUnit: isUnit2 },
        );
        pos = Math.min(offset1 + length1, offset2 + length2);
      }
    }
  }
  observed = (2 * observed) / (R * (R - 1) * L * L);

  const categoryUnits = units.filter((u) => u.category === category);
  const gaps: number[] = [];
  for (const rater of raters) {
    let pos = 0;
    for (const unit of ofRater(rater)) {
      if (unit.start > pos) gaps.push(unit.start - pos);
      pos = unit.end;
    }
    if (pos < L) gaps.push(L - pos);
  }
  const N = categoryUnits.length;
  let numerator = 0;
  let paired = 0;
  for (const unit of categoryUnits) {
    const l = unit.end - unit.start;
    paired += l * (l - 1);
    let gapSum = 0;
    for (const gap of gaps) if (gap >= l) gapSum += gap - l + 1;
    numerator += ((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * gapSum;
  }
  const expected = ((2 / L) * numerator) / (R * L * (R * L - 1) - paired);
  return { observed, expected };
}
