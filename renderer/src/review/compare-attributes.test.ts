import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../annotation/types';
import { fieldDifferences, hasValue, withAttributeItems } from './compare-attributes';
import { compareSets, type ComparedSpan } from './compare-sets';

const span = (
  id: string,
  author: string,
  itemId: string,
  start: number,
  end: number,
  attributes: Record<string, AttributeValue> = {},
) => ({ id, author, itemId, span: { start, end }, attributes }) satisfies ComparedSpan;

describe('fieldDifferences', () => {
  it('lists the keys whose values differ, one-sided values included, in codebook order', () => {
    const differences = fieldDifferences(
      { verdict: 'false', claimType: 'causal', checkWorthyClef: 'yes' },
      { verdict: 'disputed', claimType: 'causal', unattributed: true },
      ['claimType', 'checkWorthyClef', 'verdict', 'unattributed'],
    );
    expect(differences).toEqual([
      { key: 'checkWorthyClef', base: 'yes', other: undefined },
      { key: 'verdict', base: 'false', other: 'disputed' },
      { key: 'unattributed', base: undefined, other: true },
    ]);
  });

  it('reads an unticked flag, an empty text or choice list as no value, and lists as sets', () => {
    expect(fieldDifferences({ flag: false, note: '', frames: [] }, {})).toEqual([]);
    expect(fieldDifferences({ frames: ['a', 'b'] }, { frames: ['b', 'a'] })).toEqual([]);
    expect(fieldDifferences({ frames: ['a'] }, { frames: ['a', 'b'] })).toHaveLength(1);
    expect([hasValue(false), hasValue([]), hasValue('x'), hasValue(true)]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('withAttributeItems', () => {
  it('adds one attribute item per differing field of same-label pairs only', () => {
    const items = compareSets(
      [
        span('m1', 'me', 'claim.claim', 0, 10, { verdict: 'false', claimType: 'causal' }),
        span('m2', 'me', 'claim.claim', 20, 30, { verdict: 'false' }),
        span('m3', 'me', 'entity.person', 40, 45, { verdict: 'false' }),
      ],
      [
        span('a1', 'ann', 'claim.claim', 0, 10, { verdict: 'disputed', claimType: 'numerical' }),
        span('a2', 'ann', 'claim.claim', 22, 30, { verdict: 'supported' }),
        span('a3', 'ann', 'entity.org', 40, 45, { verdict: 'true' }),
      ],
      ['ann'],
    );
    const all = withAttributeItems(items, () => ['claimType', 'verdict']);
    expect(all.map((i) => [i.kind, i.field?.key ?? null])).toEqual([
      ['agreement', null],
      ['attribute', 'claimType'],
      ['attribute', 'verdict'],
      ['boundary', null],
      ['attribute', 'verdict'],
      ['label', null],
    ]);
    expect(all[2]).toMatchObject({
      key: 'ann:m1:a1:verdict',
      start: 0,
      end: 10,
      field: { base: 'false', other: 'disputed' },
    });
    expect(new Set(all.map((i) => i.key)).size).toBe(all.length);
  });
});
