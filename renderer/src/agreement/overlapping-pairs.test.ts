import { describe, it, expect } from 'vitest';
import { forEachOverlappingPair, overlapLength } from './overlapping-pairs';
import { randomSpans } from './testing/generators';
import { createSeededRandom } from './testing/seeded-random';
import type { TextRange } from './types';

function sweepPairs(a: readonly TextRange[], b: readonly TextRange[]): string[] {
  const pairs: string[] = [];
  forEachOverlappingPair(a, b, (i, j, overlap) => pairs.push(`${i}-${j}:${overlap}`));
  return pairs.sort();
}

function allPairs(a: readonly TextRange[], b: readonly TextRange[]): string[] {
  const pairs: string[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const overlap = overlapLength(x, y);
      if (overlap > 0) pairs.push(`${i}-${j}:${overlap}`);
    }),
  );
  return pairs.sort();
}

describe('forEachOverlappingPair', () => {
  it('finds shared characters, not touching ranges', () => {
    const a = [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ];
    const b = [{ start: 5, end: 7 }];
    expect(sweepPairs(a, b)).toEqual(['1-0:2']);
  });

  it('sees pairs with equal starts exactly once', () => {
    expect(sweepPairs([{ start: 3, end: 4 }], [{ start: 3, end: 8 }])).toEqual(['0-0:1']);
  });

  it('ignores empty ranges', () => {
    expect(sweepPairs([{ start: 3, end: 3 }], [{ start: 0, end: 8 }])).toEqual([]);
  });

  it('finds exactly the pairs an all-pairs scan finds', () => {
    for (let seed = 0; seed < 200; seed++) {
      const random = createSeededRandom(4000 + seed);
      const length = random.int(1, 80);
      const a = randomSpans(random, random.int(0, 15), length, ['x']);
      const b = randomSpans(random, random.int(0, 15), length, ['x']);
      expect(sweepPairs(a, b)).toEqual(allPairs(a, b));
    }
  });
});
