import { describe, it, expect } from 'vitest';
import { cohenKappa } from './cohen-kappa';
import { createSeededRandom } from './testing/seeded-random';
import { randomLabels } from './testing/generators';
import { sixDecimals, tenItems } from './testing/vectors';

describe('cohenKappa', () => {
  it('reproduces the reference vector', () => {
    const result = cohenKappa(tenItems.a, tenItems.b);
    expect(sixDecimals(result.observed)).toBe('0.700000');
    expect(sixDecimals(result.expected)).toBe('0.340000');
    expect(sixDecimals(result.kappa)).toBe('0.545455');
    expect(result.n).toBe(10);
  });

  it('is undefined without items', () => {
    expect(cohenKappa([], [])).toEqual({ kappa: null, observed: null, expected: null, n: 0 });
  });

  it('is undefined when both annotators used one label throughout (p_e = 1)', () => {
    const result = cohenKappa(['A', 'A', 'A'], ['A', 'A', 'A']);
    expect(result.expected).toBe(1);
    expect(result.kappa).toBeNull();
  });

  it('gives -1 for perfect systematic disagreement on two balanced labels', () => {
    expect(cohenKappa(['A', 'B'], ['B', 'A']).kappa).toBe(-1);
  });

  it('accepts numeric labels', () => {
    expect(cohenKappa([1, 2, 1], [1, 2, 1]).kappa).toBe(1);
  });

  it('rejects unpaired items', () => {
    expect(() => cohenKappa(['A'], [])).toThrow(RangeError);
  });

  describe('properties', () => {
    const labels = ['A', 'B', 'C', 'D'];
    const cases = Array.from({ length: 200 }, (_, seed) => {
      const random = createSeededRandom(seed);
      const n = random.int(1, 40);
      const a = randomLabels(random, n, labels);
      const b = a.map((label) => (random.next() < 0.4 ? random.pick(labels) : label));
      return { a, b };
    });

    it('gives 1 for identical labels wherever defined', () => {
      for (const { a } of cases) {
        const { kappa } = cohenKappa(a, a);
        if (kappa !== null) expect(kappa).toBeCloseTo(1, 12);
      }
    });

    it('is symmetric and within [-1, 1]', () => {
      for (const { a, b } of cases) {
        const forward = cohenKappa(a, b).kappa;
        const backward = cohenKappa(b, a).kappa;
        if (forward === null || backward === null) {
          expect(forward).toBe(backward);
          continue;
        }
        expect(backward).toBeCloseTo(forward, 12);
        expect(forward).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(forward).toBeLessThanOrEqual(1 + 1e-12);
      }
    });
  });
});
