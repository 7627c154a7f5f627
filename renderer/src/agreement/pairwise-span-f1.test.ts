import { describe, it, expect } from 'vitest';
import { teamSpanF1 } from './pairwise-span-f1';
import { exactSpanF1, overlapSpanF1, partialCreditSpanF1 } from './span-f1';
import { randomSpans } from './testing/generators';
import { createSeededRandom } from './testing/seeded-random';
import type { LabelledSpan } from './types';

const labels = ['X', 'Y', 'Z'];
const byLabel = (spans: readonly LabelledSpan[]): LabelledSpan[][] =>
  labels.map((label) => spans.filter((s) => s.label === label));

describe('teamSpanF1', () => {
  it('sums per-label credits to the F1 of the whole sets, for every pair', () => {
    for (let seed = 0; seed < 100; seed++) {
      const random = createSeededRandom(8000 + seed);
      const length = random.int(20, 200);
      const team = Array.from({ length: 3 }, () =>
        randomSpans(random, random.int(0, 10), length, labels),
      );
      const result = teamSpanF1(team.map(byLabel));
      const mean = (score: typeof exactSpanF1): number => {
        const pairs = [
          [0, 1],
          [0, 2],
          [1, 2],
        ] as const;
        return pairs.reduce((sum, [a, b]) => sum + score(team[a] ?? [], team[b] ?? []).f1, 0) / 3;
      };
      expect(result.overall.exactF1).toBeCloseTo(mean(exactSpanF1), 12);
      expect(result.overall.overlapF1).toBeCloseTo(mean(overlapSpanF1), 12);
      expect(result.overall.partialF1).toBeCloseTo(mean(partialCreditSpanF1), 12);
      expect(result.perLabel).toHaveLength(3);
    }
  });

  it('is null with fewer than two annotators', () => {
    const result = teamSpanF1([byLabel([{ label: 'X', start: 0, end: 2 }])]);
    expect(result.overall).toEqual({ exactF1: null, overlapF1: null, partialF1: null });
    expect(result.perLabel[0]).toEqual({ exactF1: null, overlapF1: null, partialF1: null });
  });
});
