import { describe, it, expect } from 'vitest';
import { krippendorffAlphaNominal } from './krippendorff-alpha-nominal';
import { createSeededRandom } from './testing/seeded-random';
import { sixDecimals, tenItems, textbookCoderRows, transpose } from './testing/vectors';

describe('krippendorffAlphaNominal', () => {
  it('reproduces the two-coder reference vector', () => {
    const units = tenItems.a.map((label, i) => [label, tenItems.b[i] ?? null]);
    const result = krippendorffAlphaNominal(units);
    expect(sixDecimals(result.alpha)).toBe('0.564885');
    expect(result).toMatchObject({ pairableValues: 20, pairableUnits: 10 });
  });

  it('reproduces the textbook vector with missing data', () => {
    const result = krippendorffAlphaNominal(transpose(textbookCoderRows));
    expect(sixDecimals(result.alpha)).toBe('0.691358');
    // Units 2 and 14 have no values and unit 1 only one: 12 pairable units, 26 values.
    expect(result).toMatchObject({ pairableUnits: 12, pairableValues: 26 });
  });

  it('treats short rows as missing trailing values', () => {
    const full = krippendorffAlphaNominal([
      ['a', 'a', null],
      ['b', 'a', 'b'],
      ['a', null, null],
    ]);
    const ragged = krippendorffAlphaNominal([['a', 'a'], ['b', 'a', 'b'], ['a']]);
    expect(ragged).toEqual(full);
  });

  it('is undefined without pairable units or without variation', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', null],
        [null, 'b'],
      ]).alpha,
    ).toBeNull();
    expect(krippendorffAlphaNominal([]).observed).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a'],
      ]).alpha,
    ).toBeNull();
  });

  describe('properties', () => {
    const values = [1, 2, 3, 4];
    const cases = Array.from({ length: 200 }, (_, seed) => {
      const random = createSeededRandom(2000 + seed);
      const coders = random.int(2, 5);
      return Array.from({ length: random.int(1, 25) }, () =>
        Array.from({ length: coders }, () => (random.next() < 0.25 ? null : random.pick(values))),
      );
    });

    it('gives 1 when all coders agree on every unit, wherever defined', () => {
      for (const units of cases) {
        const agreed = units.map((row) => {
          const value = row.find((v) => v !== null) ?? null;
          return row.map((v) => (v === null ? null : value));
        });
        const { alpha } = krippendorffAlphaNominal(agreed);
        if (alpha !== null) expect(alpha).toBeCloseTo(1, 12);
      }
    });

    it('is symmetric in the coders and at most 1', () => {
      for (const units of cases) {
        const { alpha } = krippendorffAlphaNominal(units);
        const reversed = krippendorffAlphaNominal(units.map((row) => [...row].reverse())).alpha;
        if (alpha === null) {
          expect(reversed).toBeNull();
          continue;
        }
        expect(reversed).toBeCloseTo(alpha, 12);
        expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
      }
    });

    it('stays within [-1, 1] for two coders without missing values', () => {
      for (const units of cases) {
        const complete = units.map((row) => [row[0] ?? 1, row[1] ?? 2]);
        const { alpha } = krippendorffAlphaNominal(complete);
        if (alpha === null) continue;
        expect(Math.abs(alpha)).toBeLessThanOrEqual(1 + 1e-12);
      }
    });
  });
});
