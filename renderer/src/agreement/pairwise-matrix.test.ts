import { describe, it, expect } from 'vitest';
import { cohenKappa } from './cohen-kappa';
import { pairwiseMatrix } from './pairwise-matrix';
import { exactSpanF1 } from './span-f1';
import { example2Spans, tenItems } from './testing/vectors';

describe('pairwiseMatrix', () => {
  const labels: Record<string, readonly string[]> = { a: tenItems.a, b: tenItems.b, c: tenItems.a };
  const kappa = (x: string, y: string): number | null =>
    cohenKappa(labels[x] ?? [], labels[y] ?? []).kappa;

  it('fills a symmetric metric once per pair and mirrors it', () => {
    let calls = 0;
    const matrix = pairwiseMatrix(
      ['a', 'b', 'c'],
      (x, y) => {
        calls++;
        return kappa(x, y);
      },
      { isSymmetric: true },
    );
    expect(calls).toBe(3);
    expect(matrix.values[0]?.[1]).toBeCloseTo(6 / 11, 12);
    expect(matrix.values[1]?.[0]).toBe(matrix.values[0]?.[1]);
    expect(matrix.values[0]?.[2]).toBe(1);
    expect(matrix.values.map((row, i) => row[i])).toEqual([null, null, null]);
    expect(matrix.mean).toBeCloseTo((6 / 11 + 6 / 11 + 1) / 3, 12);
    expect(matrix.definedPairs).toBe(3);
  });

  it('computes both directions of a directed metric', () => {
    const spans = { a: example2Spans.a, b: example2Spans.b };
    const matrix = pairwiseMatrix(
      ['a', 'b'] as const,
      (reference, prediction) => exactSpanF1(spans[reference], spans[prediction]).precision,
    );
    expect(matrix.values).toEqual([
      [null, 1 / 3],
      [1 / 2, null],
    ]);
    expect(matrix.definedPairs).toBe(2);
  });

  it('leaves undefined pairs out of the mean', () => {
    const matrix = pairwiseMatrix([1, 2, 3], (x, y) => (x + y === 3 ? null : 0.5), {
      isSymmetric: true,
    });
    expect(matrix).toMatchObject({ mean: 0.5, definedPairs: 2 });
    expect(pairwiseMatrix(['solo'], () => 1)).toMatchObject({ values: [[null]], mean: null });
  });
});
