import { describe, it, expect } from 'vitest';
import { concatenateDocuments } from './continuum';
import type { UnitizingUnit } from './types';

describe('concatenateDocuments', () => {
  const unit = (rater: string, start: number, end: number): UnitizingUnit => ({
    rater,
    category: 'c',
    start,
    end,
  });

  it('shifts each document’s units by the lengths before it, keeping other fields', () => {
    const first = unit('A', 0, 3);
    const continuum = concatenateDocuments([
      { length: 10, units: [first] },
      { length: 0, units: [] },
      { length: 5, units: [unit('B', 2, 5)] },
    ]);
    expect(continuum.length).toBe(15);
    expect(continuum.offsets).toEqual([0, 10, 10]);
    expect(continuum.units).toEqual([unit('A', 0, 3), unit('B', 12, 15)]);
    expect(continuum.units[0]).not.toBe(first);
  });

  it('gives an empty continuum for no documents', () => {
    expect(concatenateDocuments([])).toEqual({ length: 0, offsets: [], units: [] });
  });

  it('rejects units outside their document and odd lengths', () => {
    expect(() => concatenateDocuments([{ length: 5, units: [unit('A', 3, 6)] }])).toThrow(
      RangeError,
    );
    expect(() => concatenateDocuments([{ length: 5, units: [unit('A', -1, 2)] }])).toThrow(
      RangeError,
    );
    expect(() => concatenateDocuments([{ length: 5, units: [unit('A', 3, 2)] }])).toThrow(
      RangeError,
    );
    expect(() => concatenateDocuments([{ length: 2.5, units: [] }])).toThrow(RangeError);
  });
});
