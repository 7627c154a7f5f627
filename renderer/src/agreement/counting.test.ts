import { describe, it, expect } from 'vitest';
import { incrementCount, sumOfSquares } from './counting';

describe('counting helpers', () => {
  it('increments from zero', () => {
    const counts = new Map<string, number>();
    incrementCount(counts, 'a');
    incrementCount(counts, 'a', 2);
    expect(counts.get('a')).toBe(3);
  });

  it('sums squares', () => {
    expect(sumOfSquares([1, 2, 3])).toBe(14);
    expect(sumOfSquares([])).toBe(0);
  });
});
