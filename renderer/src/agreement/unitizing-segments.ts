/**
 * One rater's view of one category in a unitizing study: the continuum split into that
 * rater's units and the gaps between them, which is what alpha-U compares.
 */
import type { TextRange } from './types';

/** A stretch of one rater's continuum: one of their units, or a gap between units. */
export interface Segment extends TextRange {
  readonly isUnit: boolean;
}

/** A rater's units of one category, overlaps merged, with the number of units merged away. */
export interface NormalizedUnits {
  readonly units: readonly TextRange[];
  readonly mergedCount: number;
}

/**
 * Sorts one rater's ranges of one category and merges those that share a character into their
 * union. Alpha-U (Krippendorff; DKPro documents it as a precondition) assumes a rater's units of
 * one category never overlap; DKPro computes negative segment lengths if they do, so we repair
 * the input deterministically and report how many units were absorbed. Ranges that only touch
 * (one ends where the next starts) stay separate units, as they would in DKPro.
 */
export function normalizeUnits(ranges: readonly TextRange[]): NormalizedUnits {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const units: TextRange[] = [];
  let current: TextRange | undefined;
  for (const range of sorted) {
    if (current !== undefined && range.start < current.end) {
      current = { start: current.start, end: Math.max(current.end, range.end) };
      continue;
    }
    if (current !== undefined) units.push(current);
    current = { start: range.start, end: range.end };
  }
  if (current !== undefined) units.push(current);
  return { units, mergedCount: ranges.length - units.length };
}

/**
 * Splits [0, length) into the given units (sorted, non-overlapping, inside the continuum) and
 * the gaps around them, in order; consecutive segments touch and together cover the continuum.
 * A rater with no units has a single gap of the whole length (none if length is 0).
 */
export function segmentContinuum(units: readonly TextRange[], length: number): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const unit of units) {
    if (unit.start > position) segments.push({ start: position, end: unit.start, isUnit: false });
    segments.push({ start: unit.start, end: unit.end, isUnit: true });
    position = unit.end;
  }
  if (position < length) segments.push({ start: position, end: length, isUnit: false });
  return segments;
}

/**
 * Krippendorff's squared distance between segment g of one rater and segment h of another,
 * as DKPro's `measureDistance`: two units that overlap (-l_g < b_g - b_h < l_h) cost
 * (b_g - b_h)^2 + (e_g - e_h)^2; a unit wholly inside the other rater's gap costs its length
 * squared; anything else (two gaps, a unit only partly in a gap) costs 0, because that
 * disagreement is already counted against the overlapping unit pair.
 */
export function segmentDistance(g: Segment, h: Segment): number {
  const lengthG = g.end - g.start;
  const lengthH = h.end - h.start;
  const beginDiff = g.start - h.start;
  if (g.isUnit && h.isUnit) {
    if (-lengthG < beginDiff && beginDiff < lengthH) {
      const endDiff = g.end - h.end;
      return beginDiff * beginDiff + endDiff * endDiff;
    }
    return 0;
  }
  if (g.isUnit && !h.isUnit) return g.start >= h.start && g.end <= h.end ? lengthG * lengthG : 0;
  if (!g.isUnit && h.isUnit) return h.start >= g.start && h.end <= g.end ? lengthH * lengthH : 0;
  return 0;
}
