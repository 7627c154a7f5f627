import { describe, it, expect } from 'vitest';
import { exactSpanF1, overlapSpanF1, partialCreditSpanF1, type SpanF1Result } from './span-f1';
import { perturbSpans, randomSpans } from './testing/generators';
import { createSeededRandom } from './testing/seeded-random';
import { example2Spans, sixDecimals } from './testing/vectors';
import type { LabelledSpan } from './types';

const scorers = { exact: exactSpanF1, overlap: overlapSpanF1, partial: partialCreditSpanF1 };

describe('span F1', () => {
  const { a, b } = example2Spans;

  it('reproduces example 2 (A as reference, B as prediction)', () => {
    expect(sixDecimals(exactSpanF1(a, b).f1)).toBe('0.400000');
    expect(sixDecimals(overlapSpanF1(a, b).f1)).toBe('0.800000');
    // The reference states 0.6738; exactly it is 2PR/(P+R) with P = 7/13, R = 9/10: 126/187.
    const partial = partialCreditSpanF1(a, b);
    expect(partial.f1.toFixed(4)).toBe('0.6738');
    expect(sixDecimals(partial.f1)).toBe('0.673797');
    expect(partial.precision).toBeCloseTo(7 / 13, 12);
    expect(partial.recall).toBeCloseTo(0.9, 12);
  });

  it('reports precision and recall with the counts', () => {
    expect(exactSpanF1(a, b)).toMatchObject({
      precision: 1 / 3,
      recall: 1 / 2,
      predictionCredit: 1,
      referenceCredit: 1,
      predictionCount: 3,
      referenceCount: 2,
    });
    expect(overlapSpanF1(a, b)).toMatchObject({ precision: 2 / 3, recall: 1 });
  });

  it('gives 1 when both sets are empty and 0 when only one is', () => {
    for (const score of Object.values(scorers)) {
      expect(score([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
      expect(score(a, [])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
      expect(score([], b)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    }
  });

  it('never matches across labels', () => {
    const x: LabelledSpan[] = [{ label: 'X', start: 0, end: 5 }];
    const y: LabelledSpan[] = [{ label: 'Y', start: 0, end: 5 }];
    for (const score of Object.values(scorers)) expect(score(x, y).f1).toBe(0);
  });

  it('matches exact duplicates one to one', () => {
    const span: LabelledSpan = { label: 'X', start: 0, end: 5 };
    expect(exactSpanF1([span], [span, span])).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('rejects empty or inverted spans', () => {
    const bad: LabelledSpan[] = [{ label: 'X', start: 4, end: 4 }];
    for (const score of Object.values(scorers)) expect(() => score(bad, a)).toThrow(RangeError);
  });

  describe('properties', () => {
    const labels = ['X', 'Y', 'Z'];
    const cases = Array.from({ length: 200 }, (_, seed) => {
      const random = createSeededRandom(6000 + seed);
      const length = random.int(10, 200);
      const reference = randomSpans(random, random.int(0, 12), length, labels);
      const prediction =
        random.next() < 0.5
          ? perturbSpans(random, reference, length, labels)
          : randomSpans(random, random.int(0, 12), length, labels);
      return { reference, prediction };
    });

    it('gives 1 for identical sets (exact and overlap)', () => {
      for (const { reference } of cases) {
        expect(exactSpanF1(reference, reference).f1).toBe(1);
        expect(overlapSpanF1(reference, reference).f1).toBe(1);
      }
    });

    it('swaps precision and recall when the roles swap, keeping F1', () => {
      for (const { reference, prediction } of cases) {
        for (const score of Object.values(scorers)) {
          const forward = score(reference, prediction);
          const backward = score(prediction, reference);
          expect(backward.precision).toBeCloseTo(forward.recall, 12);
          expect(backward.recall).toBeCloseTo(forward.precision, 12);
          expect(backward.f1).toBeCloseTo(forward.f1, 12);
        }
      }
    });

    it('orders the strictnesses: exact <= overlap, all within [0, 1] without self-overlaps', () => {
      const withinBounds = (result: SpanF1Result): void => {
        for (const value of [result.precision, result.recall, result.f1]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      };
      for (const { reference, prediction } of cases) {
        const exact = exactSpanF1(reference, prediction);
        const overlap = overlapSpanF1(reference, prediction);
        withinBounds(exact);
        withinBounds(overlap);
        expect(exact.f1).toBeLessThanOrEqual(overlap.f1 + 1e-12);
        const clean = (spans: LabelledSpan[]): LabelledSpan[] =>
          spans.filter(
            (s, i) =>
              !spans.some(
                (t, j) => j < i && t.label === s.label && t.start < s.end && s.start < t.end,
              ),
          );
        withinBounds(partialCreditSpanF1(clean(reference), clean(prediction)));
      }
    });
  });
});
