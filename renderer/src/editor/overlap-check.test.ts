import { describe, expect, it } from 'vitest';
import { createOverlapCheck } from './overlap-check';

/** A seeded generator (a linear congruential one), so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('createOverlapCheck', () => {
  it('answers as a pass over every span would', () => {
    const random = createRandom(7);
    const spans = Array.from({ length: 300 }, () => {
      const start = Math.floor(random() * 5_000);
      return { start, end: start + 1 + Math.floor(random() * (random() < 0.1 ? 800 : 20)) };
    });
    const overlaps = createOverlapCheck(spans);
    for (let probe = 0; probe < 2_000; probe++) {
      const start = Math.floor(random() * 5_100);
      const range = { start, end: start + 1 + Math.floor(random() * 30) };
      const expected = spans.some((span) => span.start < range.end && span.end > range.start);
      expect(overlaps(range)).toBe(expected);
    }
  });

  it('counts touching ranges as apart, and answers false without spans', () => {
    const overlaps = createOverlapCheck([{ start: 10, end: 20 }]);
    expect(overlaps({ start: 20, end: 25 })).toBe(false);
    expect(overlaps({ start: 5, end: 10 })).toBe(false);
    expect(overlaps({ start: 19, end: 21 })).toBe(true);
    expect(createOverlapCheck([])({ start: 0, end: 5 })).toBe(false);
  });
});
