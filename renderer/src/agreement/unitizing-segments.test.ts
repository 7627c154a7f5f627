import { describe, it, expect } from 'vitest';
import {
  normalizeUnits,
  segmentContinuum,
  segmentDistance,
  type Segment,
} from './unitizing-segments';

const unit = (start: number, end: number): Segment => ({ start, end, isUnit: true });
const gap = (start: number, end: number): Segment => ({ start, end, isUnit: false });

describe('normalizeUnits', () => {
  it('sorts, merges overlapping and nested ranges, and keeps touching ones apart', () => {
    const result = normalizeUnits([
      { start: 8, end: 10 },
      { start: 0, end: 4 },
      { start: 2, end: 6 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
    ]);
    expect(result.units).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 8 },
      { start: 8, end: 10 },
    ]);
    expect(result.mergedCount).toBe(2);
  });
});

describe('segmentContinuum', () => {
  it('tiles the continuum with units and gaps', () => {
    expect(segmentContinuum([unit(0, 2), unit(2, 4), unit(6, 8)], 10)).toEqual([
      unit(0, 2),
      unit(2, 4),
      gap(4, 6),
      unit(6, 8),
      gap(8, 10),
    ]);
    expect(segmentContinuum([], 5)).toEqual([gap(0, 5)]);
    expect(segmentContinuum([], 0)).toEqual([]);
  });
});

describe('segmentDistance', () => {
  it('charges overlapping units by their boundary differences', () => {
    // Example 1: A [2,6) against B [3,6).
    expect(segmentDistance(unit(2, 6), unit(3, 6))).toBe(1);
    expect(segmentDistance(unit(3, 6), unit(2, 6))).toBe(1);
    expect(segmentDistance(unit(30, 40), unit(32, 45))).toBe(4 + 25);
  });

  it('charges nothing for units that do not overlap (touching is not overlapping)', () => {
    expect(segmentDistance(unit(0, 5), unit(5, 9))).toBe(0);
  });

  it('charges a unit wholly inside the other rater’s gap its length squared', () => {
    expect(segmentDistance(unit(50, 55), gap(45, 60))).toBe(25);
    expect(segmentDistance(gap(45, 60), unit(50, 55))).toBe(25);
    expect(segmentDistance(unit(45, 60), gap(45, 60))).toBe(225);
  });

  it('charges nothing for a unit only partly inside a gap, or for two gaps', () => {
    expect(segmentDistance(unit(2, 6), gap(0, 3))).toBe(0);
    expect(segmentDistance(gap(0, 3), gap(0, 2))).toBe(0);
  });
});
