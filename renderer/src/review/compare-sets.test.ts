import { describe, expect, it } from 'vitest';
import { compareSets, isDisagreement, type ComparedSpan } from './compare-sets';

const span = (id: string, author: string, itemId: string, start: number, end: number) =>
  ({ id, author, itemId, span: { start, end } }) satisfies ComparedSpan;

describe('compareSets', () => {
  it('sorts every span into one of the five kinds', () => {
    const mine = [
      span('m1', 'me', 'person', 0, 5),
      span('m2', 'me', 'person', 10, 15),
      span('m3', 'me', 'place', 20, 30),
      span('m4', 'me', 'place', 40, 45),
    ];
    const theirs = [
      span('t1', 'ann', 'person', 0, 5), // agreement with m1
      span('t2', 'ann', 'org', 10, 15), // label disagreement with m2
      span('t3', 'ann', 'place', 22, 33), // boundary disagreement with m3
      span('t4', 'ann', 'person', 50, 55), // only theirs
    ];
    const items = compareSets(mine, theirs, ['ann']);
    expect(items.map((i) => [i.kind, i.base?.id ?? null, i.other?.id ?? null])).toEqual([
      ['agreement', 'm1', 't1'],
      ['label', 'm2', 't2'],
      ['boundary', 'm3', 't3'],
      ['only-base', 'm4', null],
      ['only-other', null, 't4'],
    ]);
    expect(items[2]).toMatchObject({ start: 20, end: 33, otherAuthor: 'ann' });
    expect(items.filter((i) => isDisagreement(i.kind))).toHaveLength(4);
  });

  it('prefers the exact match over a same-span other label, and never pairs twice', () => {
    const mine = [span('m1', 'me', 'person', 0, 5), span('m2', 'me', 'org', 0, 5)];
    const theirs = [span('t1', 'ann', 'org', 0, 5)];
    const items = compareSets(mine, theirs, ['ann']);
    expect(items.map((i) => i.kind).sort()).toEqual(['agreement', 'only-base']);
    expect(items.find((i) => i.kind === 'agreement')?.base?.id).toBe('m2');
  });

  it('pairs boundaries by maximum matching and leaves other-label overlaps unpaired', () => {
    const mine = [span('m1', 'me', 'x', 0, 10), span('m2', 'me', 'x', 10, 20)];
    const theirs = [span('t1', 'ann', 'x', 4, 15), span('t2', 'ann', 'x', 0, 2)];
    const kinds = compareSets(mine, theirs, ['ann']).map((i) => i.kind);
    expect(kinds).toEqual(['boundary', 'boundary']);

    const differ = compareSets(
      [span('m', 'me', 'x', 0, 10)],
      [span('t', 'ann', 'y', 2, 8)],
      ['ann'],
    );
    expect(differ.map((i) => i.kind)).toEqual(['only-base', 'only-other']);
  });

  it('compares the base with each other set separately', () => {
    const mine = [span('m1', 'me', 'x', 0, 5)];
    const others = [span('a1', 'ann', 'x', 0, 5), span('b1', 'bob', 'y', 0, 5)];
    const items = compareSets(mine, others, ['bob', 'ann']);
    expect(items.map((i) => [i.otherAuthor, i.kind])).toEqual([
      ['bob', 'label'],
      ['ann', 'agreement'],
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
    // A set not asked for is not compared.
    expect(compareSets(mine, others, ['ann'])).toHaveLength(1);
  });

  it('handles empty sets', () => {
    expect(compareSets([], [], ['ann'])).toEqual([]);
    expect(compareSets([span('m', 'me', 'x', 0, 1)], [], [])).toEqual([]);
  });
});
