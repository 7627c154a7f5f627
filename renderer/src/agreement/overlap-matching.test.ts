import { describe, it, expect } from 'vitest';
import { maxOverlapMatching } from './overlap-matching';
import { overlapLength } from './overlapping-pairs';
import { randomSpans } from './testing/generators';
import { createSeededRandom } from './testing/seeded-random';
import type { TextRange } from './types';

const range = (start: number, end: number): TextRange => ({ start, end });

/** Largest matching by exhaustive search; tiny inputs only. */
function bruteForceMaximum(a: readonly TextRange[], b: readonly TextRange[]): number {
  const used = new Set<number>();
  const best = (i: number): number => {
    const x = a[i];
    if (x === undefined) return 0;
    let result = best(i + 1);
    b.forEach((y, j) => {
      if (used.has(j) || overlapLength(x, y) === 0) return;
      used.add(j);
      result = Math.max(result, 1 + best(i + 1));
      used.delete(j);
    });
    return result;
  };
  return best(0);
}

describe('maxOverlapMatching', () => {
  it('pairs everything where greedy by largest overlap would strand two spans', () => {
    const pairs = maxOverlapMatching([range(0, 10), range(10, 20)], [range(4, 15), range(0, 2)]);
    expect(pairs).toEqual([
      { reference: 0, prediction: 1, overlap: 2 },
      { reference: 1, prediction: 0, overlap: 5 },
    ]);
  });

  it('prefers the larger overlap when that costs no pair', () => {
    const pairs = maxOverlapMatching([range(0, 10)], [range(8, 12), range(2, 9)]);
    expect(pairs).toEqual([{ reference: 0, prediction: 1, overlap: 7 }]);
  });

  it('handles long chains of staggered spans without deep recursion', () => {
    const n = 20000;
    const reference = Array.from({ length: n }, (_, i) => range(i * 10, i * 10 + 12));
    const prediction = Array.from({ length: n }, (_, i) => range(i * 10 + 6, i * 10 + 16));
    expect(maxOverlapMatching(reference, prediction)).toHaveLength(n);
  });

  it('finds a maximum matching, one to one, of the same size whichever side is reference', () => {
    for (let seed = 0; seed < 300; seed++) {
      const random = createSeededRandom(5000 + seed);
      const length = random.int(1, 40);
      const a = randomSpans(random, random.int(0, 6), length, ['x'], 12);
      const b = randomSpans(random, random.int(0, 6), length, ['x'], 12);
      const pairs = maxOverlapMatching(a, b);
      expect(new Set(pairs.map((p) => p.reference)).size).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p.prediction)).size).toBe(pairs.length);
      for (const p of pairs) expect(p.overlap).toBeGreaterThan(0);
      expect(pairs.length).toBe(bruteForceMaximum(a, b));
      expect(maxOverlapMatching(b, a).length).toBe(pairs.length);
    }
  });
});
