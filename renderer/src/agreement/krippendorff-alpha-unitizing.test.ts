import { describe, it, expect } from 'vitest';
import { concatenateDocuments } from './continuum';
import { krippendorffAlphaU, type UnitizingStudy } from './krippendorff-alpha-unitizing';
import { randomUnits } from './testing/generators';
import { naiveCategoryDisagreement } from './testing/naive-alpha-u';
import { createSeededRandom, type SeededRandom } from './testing/seeded-random';
import { alphaUExample1, alphaUExample2, sixDecimals } from './testing/vectors';
import type { UnitizingUnit } from './types';
import { normalizeUnits } from './unitizing-segments';

describe('krippendorffAlphaU', () => {
  it('reproduces example 1', () => {
    const result = krippendorffAlphaU(alphaUExample1);
    expect(sixDecimals(result.alpha)).toBe('0.842609');
    // By hand: D_O = 2 * 1 / (2 * 1 * 100); D_E = (2/10) * 115 / (20 * 19 - 18).
    expect(result.observed).toBeCloseTo(0.01, 15);
    expect(result.expected).toBeCloseTo(23 / 362, 15);
    expect(result.categories).toHaveLength(1);
  });

  it('reproduces example 2 per category and overall', () => {
    const result = krippendorffAlphaU(alphaUExample2);
    const byCategory = new Map(result.categories.map((c) => [c.category, c]));
    expect(sixDecimals(byCategory.get('X')?.alpha ?? null)).toBe('0.805417');
    expect(sixDecimals(byCategory.get('Y')?.alpha ?? null)).toBe('0.791302');
    expect(sixDecimals(result.alpha)).toBe('0.798083');
    expect(byCategory.get('X')?.unitCount).toBe(3);
  });

  it('takes the overall value from mean disagreements, not the mean of alphas', () => {
    const result = krippendorffAlphaU(alphaUExample2);
    const meanOfAlphas = (0.805417 + 0.791302) / 2;
    expect(Math.abs((result.alpha ?? 0) - meanOfAlphas)).toBeGreaterThan(1e-4);
  });

  it('gives the same figures for one document and the same units split into documents', () => {
    const split = concatenateDocuments<UnitizingUnit>([
      { length: 25, units: alphaUExample2.units.filter((u) => u.end <= 25) },
      {
        length: 35,
        units: alphaUExample2.units
          .filter((u) => u.start >= 25)
          .map((u) => ({ ...u, start: u.start - 25, end: u.end - 25 })),
      },
    ]);
    const whole = krippendorffAlphaU(alphaUExample2);
    expect(krippendorffAlphaU({ ...alphaUExample2, ...split }).alpha).toBeCloseTo(
      whole.alpha ?? NaN,
      12,
    );
  });

  it('counts a rater who marked nothing as a rater', () => {
    const withSilentRater = krippendorffAlphaU({ ...alphaUExample1, raters: ['A', 'B', 'C'] });
    expect(withSilentRater.alpha).toBeLessThan(krippendorffAlphaU(alphaUExample1).alpha ?? 0);
  });

  it('merges a rater’s overlapping units of one category and reports them', () => {
    const duplicated = krippendorffAlphaU({
      ...alphaUExample1,
      units: [...alphaUExample1.units, { rater: 'A', category: 'c', start: 3, end: 5 }],
    });
    expect(duplicated.mergedUnits).toBe(1);
    expect(duplicated.alpha).toBe(krippendorffAlphaU(alphaUExample1).alpha);
  });

  it('is undefined with fewer than two raters, an empty continuum or no units', () => {
    const empty = { alpha: null, observed: null, expected: null, categories: [], mergedUnits: 0 };
    expect(krippendorffAlphaU({ length: 10, raters: ['A'], units: [] })).toEqual(empty);
    expect(krippendorffAlphaU({ length: 0, raters: ['A', 'B'], units: [] })).toEqual(empty);
    expect(krippendorffAlphaU({ length: 10, raters: ['A', 'B'], units: [] })).toEqual(empty);
  });

  it('is undefined for a category without expected disagreement', () => {
    // Every rater covers the whole one-character continuum: no gaps, units of length 1.
    const result = krippendorffAlphaU({
      length: 1,
      raters: ['A', 'B'],
      units: [
        { rater: 'A', category: 'c', start: 0, end: 1 },
        { rater: 'B', category: 'c', start: 0, end: 1 },
      ],
    });
    expect(result.categories[0]?.expected).toBe(0);
    expect(result.categories[0]?.alpha).toBeNull();
    expect(result.alpha).toBeNull();
  });

  it('rejects malformed studies', () => {
    const unit = { rater: 'A', category: 'c', start: 0, end: 1 };
    const study = (units: UnitizingUnit[], length = 10): UnitizingStudy => ({
      length,
      raters: ['A', 'B'],
      units,
    });
    expect(() => krippendorffAlphaU(study([{ ...unit, rater: 'Z' }]))).toThrow(RangeError);
    expect(() => krippendorffAlphaU(study([{ ...unit, end: 11 }]))).toThrow(RangeError);
    expect(() => krippendorffAlphaU(study([{ ...unit, end: 0 }]))).toThrow(RangeError);
    expect(() => krippendorffAlphaU(study([{ ...unit, start: 0.5 }]))).toThrow(RangeError);
    expect(() => krippendorffAlphaU(study([], 2.5))).toThrow(RangeError);
    expect(() => krippendorffAlphaU({ length: 5, raters: ['A', 'A'], units: [] })).toThrow(
      RangeError,
    );
  });

  describe('properties', () => {
    const categories = ['X', 'Y', 'Z'];
    const randomStudy = (random: SeededRandom): UnitizingStudy => {
      const length = random.int(1, 120);
      const raters = ['A', 'B', 'C', 'D'].slice(0, random.int(2, 4));
      const units = raters.flatMap((rater) =>
        randomUnits(random, rater, random.int(0, 8), length, categories),
      );
      return { length, raters, units };
    };
    const cases = Array.from({ length: 300 }, (_, seed) =>
      randomStudy(createSeededRandom(3000 + seed)),
    );

    it('agrees with a literal transcription of DKPro’s position-by-position walk', () => {
      for (const study of cases) {
        const merged = mergeOverlaps(study.units);
        const result = krippendorffAlphaU({ ...study, units: merged });
        for (const category of result.categories) {
          const naive = naiveCategoryDisagreement(
            study.length,
            study.raters,
            merged,
            category.category,
          );
          expect(category.observed).toBeCloseTo(naive.observed, 12);
          expect(category.expected).toBeCloseTo(naive.expected, 12);
        }
      }
    });

    it('gives 1 when every rater marked the same units, wherever defined', () => {
      for (const study of cases) {
        const first = study.units.filter((u) => u.rater === study.raters[0]);
        const units = study.raters.flatMap((rater) => first.map((u) => ({ ...u, rater })));
        const result = krippendorffAlphaU({ ...study, units });
        if (result.alpha !== null) expect(result.alpha).toBeCloseTo(1, 12);
        for (const category of result.categories) {
          if (category.alpha !== null) expect(category.alpha).toBeCloseTo(1, 12);
        }
      }
    });

    it('is symmetric in the raters and at most 1', () => {
      for (const study of cases) {
        const result = krippendorffAlphaU(study);
        const reversed = krippendorffAlphaU({ ...study, raters: [...study.raters].reverse() });
        if (result.alpha === null) {
          expect(reversed.alpha).toBeNull();
          continue;
        }
        expect(reversed.alpha).toBeCloseTo(result.alpha, 12);
        expect(result.alpha).toBeLessThanOrEqual(1 + 1e-12);
        for (const category of result.categories) {
          if (category.alpha !== null) expect(category.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
    });
  });

  it('computes 200 articles x 3 annotators x 50 spans well under a second', () => {
    const random = createSeededRandom(42);
    const raters = ['ana', 'ben', 'caro'];
    const documents = Array.from({ length: 200 }, () => {
      const length = random.int(2000, 6000);
      return {
        length,
        units: raters.flatMap((rater) =>
          randomUnits(
            random,
            rater,
            50,
            length,
            ['claim', 'source', 'quote', 'number', 'actor'],
            80,
          ),
        ),
      };
    });
    const started = performance.now();
    const continuum = concatenateDocuments(documents);
    const result = krippendorffAlphaU({ length: continuum.length, raters, units: continuum.units });
    const elapsed = performance.now() - started;
    expect(result.alpha).not.toBeNull();
    expect(result.categories).toHaveLength(5);
    expect(elapsed).toBeLessThan(1000);
  });
});

function mergeOverlaps(units: readonly UnitizingUnit[]): UnitizingUnit[] {
  const groups = new Map<string, UnitizingUnit[]>();
  for (const unit of units) {
    const key = JSON.stringify([unit.rater, unit.category]);
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return [...groups.values()].flatMap((group) => {
    const { rater, category } = group[0] as UnitizingUnit;
    return normalizeUnits(group).units.map((range) => ({ rater, category, ...range }));
  });
}
