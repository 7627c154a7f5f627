import { describe, expect, it } from 'vitest';
import { withAttributeItems } from './compare-attributes';
import { compareDocuments } from './compare-documents';
import { compareSets, type ComparedSpan } from './compare-sets';
import { dominantKind, filterItems, NO_FILTER, stepItem, type ReviewItem } from './review-list';

const span = (id: string, author: string, itemId: string, start: number, end: number) =>
  ({ id, author, itemId, span: { start, end } }) satisfies ComparedSpan;

const items = compareSets(
  [span('m1', 'me', 'entity.person', 0, 5), span('m2', 'me', 'claim.claim', 10, 15)],
  [
    span('a1', 'ann', 'entity.person', 0, 5),
    span('a2', 'ann', 'entity.org', 10, 15),
    span('b1', 'bob', 'entity.person', 1, 5),
  ],
  ['ann', 'bob'],
);
const categoryOf = (id: string) => id.split('.')[0];

describe('filterItems', () => {
  it('lists disagreements only, unless the kind filter asks for agreement', () => {
    expect(filterItems(items, NO_FILTER, categoryOf).map((i) => i.kind)).toEqual([
      'boundary',
      'label',
      'only-base',
    ]);
    expect(
      filterItems(items, { ...NO_FILTER, kind: 'agreement' }, categoryOf).map((i) => i.key),
    ).toEqual(['ann:m1:a1']);
  });

  it('filters by annotator, label (either side) and category', () => {
    const byBob = filterItems(items, { ...NO_FILTER, annotator: 'bob' }, categoryOf);
    expect(byBob.map((i) => i.kind)).toEqual(['boundary', 'only-base']);
    const org = filterItems(items, { ...NO_FILTER, label: 'entity.org' }, categoryOf);
    expect(org.map((i) => i.kind)).toEqual(['label']);
    const claims = filterItems(items, { ...NO_FILTER, category: 'claim' }, categoryOf);
    expect(claims.map((i) => i.kind)).toEqual(['label', 'only-base']);
  });
});

describe('filterItems over attributes, profiles and decisions', () => {
  const claim = (id: string, author: string, verdict: string) => ({
    ...span(id, author, 'claim.claim', 20, 30),
    attributes: { verdict },
  });
  const all: ReviewItem[] = [
    ...compareDocuments(
      [{ id: 'p-me', author: 'me', itemId: 'document.profile', attributes: { genre: 'opinion' } }],
      [{ id: 'p-a', author: 'ann', itemId: 'document.profile', attributes: { genre: 'satire' } }],
      ['ann'],
    ),
    ...withAttributeItems(
      compareSets([claim('m', 'me', 'false')], [claim('a', 'ann', 'misleading')], ['ann']),
    ),
  ];

  it('lists attribute and profile disagreements among the disagreements', () => {
    expect(filterItems(all, NO_FILTER, categoryOf).map((i) => i.kind)).toEqual([
      'document',
      'attribute',
    ]);
    expect(filterItems(all, { ...NO_FILTER, kind: 'document' }, categoryOf)).toHaveLength(1);
    const claims = filterItems(all, { ...NO_FILTER, category: 'claim' }, categoryOf);
    expect(claims.map((i) => i.key)).toEqual(['ann:m:a:verdict']);
  });

  it('keeps rejected items listed unless the status filter leaves them out', () => {
    const isRejected = (item: ReviewItem) => item.kind === 'document';
    const keys = (status: '' | 'open' | 'rejected') =>
      filterItems(all, { ...NO_FILTER, status }, categoryOf, isRejected).map((i) => i.kind);
    expect(keys('')).toEqual(['document', 'attribute']);
    expect(keys('rejected')).toEqual(['document']);
    expect(keys('open')).toEqual(['attribute']);
  });
});

describe('stepItem', () => {
  const list = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
  it('steps forward and back with wrap-around', () => {
    expect(stepItem(list, 'a', 1)).toBe('b');
    expect(stepItem(list, 'c', 1)).toBe('a');
    expect(stepItem(list, 'a', -1)).toBe('c');
  });
  it('starts at an end when nothing (or a filtered-out item) is current', () => {
    expect(stepItem(list, null, 1)).toBe('a');
    expect(stepItem(list, 'gone', -1)).toBe('c');
    expect(stepItem([], 'a', 1)).toBeNull();
  });
});

describe('dominantKind', () => {
  it('shows the most severe kind', () => {
    expect(dominantKind(['agreement', 'only-base', 'label'])).toBe('label');
    expect(dominantKind(['agreement'])).toBe('agreement');
    expect(dominantKind(['agreement', 'attribute', 'only-base'])).toBe('attribute');
    expect(dominantKind([])).toBeNull();
  });
});
