import { describe, it, expect } from 'vitest';
import { fleissKappa, scottPi } from './fleiss-kappa';
import { createSeededRandom } from './testing/seeded-random';
import { randomLabels } from './testing/generators';
import { sixDecimals, tenItems } from './testing/vectors';

describe('scottPi', () => {
  it('reproduces the reference vector', () => {
    const result = scottPi(tenItems.a, tenItems.b);
    expect(sixDecimals(result.kappa)).toBe('0.541985');
    expect(sixDecimals(result.observed)).toBe('0.700000');
    expect(sixDecimals(result.expected)).toBe('0.345000');
  });

  it('rejects unpaired items', () => {
    expect(() => scottPi(['A', 'B'], ['A'])).toThrow(RangeError);
  });
});

describe('fleissKappa', () => {
  it('equals Scott pi for two raters per item', () => {
    const items = tenItems.a.map((label, i) => [label, tenItems.b[i] ?? '']);
    expect(sixDecimals(fleissKappa(items).kappa)).toBe('0.541985');
  });

  it('matches Fleiss (1971) on a hand-computed three-rater case', () => {
    // P_i: 1, 1/3, 1/3, 1 -> P = 2/3; p = (6/12, 6/12) -> P_e = 1/2; kappa = 1/3.
    const result = fleissKappa([
      ['A', 'A', 'A'],
      ['A', 'A', 'B'],
      ['B', 'B', 'A'],
      ['B', 'B', 'B'],
    ]);
    expect(result.kappa).toBeCloseTo(1 / 3, 12);
    expect(result).toMatchObject({ items: 4, raters: 3 });
  });

  it('is undefined without items or when every rating is the same label', () => {
    expect(fleissKappa([]).kappa).toBeNull();
    expect(
      fleissKappa([
        ['A', 'A'],
        ['A', 'A'],
      ]).kappa,
    ).toBeNull();
  });

  it('rejects a varying number of ratings and single ratings', () => {
    expect(() => fleissKappa([['A', 'B'], ['A']])).toThrow(RangeError);
    expect(() => fleissKappa([['A']])).toThrow(RangeError);
  });

  describe('properties', () => {
    const labels = ['A', 'B', 'C'];
    const cases = Array.from({ length: 200 }, (_, seed) => {
      const random = createSeededRandom(1000 + seed);
      const raters = random.int(2, 5);
      return Array.from({ length: random.int(1, 30) }, () => randomLabels(random, raters, labels));
    });

    it('gives 1 when raters agree on every item, wherever defined', () => {
      for (const items of cases) {
        const unanimous = items.map((ratings) => ratings.map(() => ratings[0] ?? 'A'));
        const { kappa } = fleissKappa(unanimous);
        if (kappa !== null) expect(kappa).toBeCloseTo(1, 12);
      }
    });

    it('ignores the order of ratings within an item and stays within [-1/(n-1), 1]', () => {
      for (const items of cases) {
        const { kappa, raters } = fleissKappa(items);
        const reversed = fleissKappa(items.map((ratings) => [...ratings].reverse())).kappa;
        expect(reversed).toBe(kappa);
        if (kappa === null) continue;
        expect(kappa).toBeGreaterThanOrEqual(-1 / (raters - 1) - 1e-12);
        expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
      }
    });

    it('Scott pi is symmetric and within [-1, 1]', () => {
      for (const items of cases) {
        const a = items.map((ratings) => ratings[0] ?? 'A');
        const b = items.map((ratings) => ratings[1] ?? 'A');
        const forward = scottPi(a, b).kappa;
        const backward = scottPi(b, a).kappa;
        expect(backward).toBe(forward);
        if (forward === null) continue;
        expect(Math.abs(forward)).toBeLessThanOrEqual(1 + 1e-12);
      }
    });
  });
});
