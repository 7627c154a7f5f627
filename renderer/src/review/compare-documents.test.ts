import { expect, it } from 'vitest';
import type { AttributeValue } from '../annotation/types';
import { compareDocuments, type ComparedDocument } from './compare-documents';

const profile = (id: string, author: string, attributes: Record<string, AttributeValue>) =>
  ({ id, author, itemId: 'document.profile', attributes }) satisfies ComparedDocument;

it('lists each profile field two sets disagree on, a blank side included, in form order', () => {
  const mine = [profile('m', 'me', { genre: 'opinion', outletType: 'state-agency' })];
  const others = [
    profile('a', 'ann', { genre: 'reporting', outletType: 'state-agency', authorRole: 'mp' }),
    profile('b', 'bob', { genre: 'opinion', outletType: 'state-agency' }),
  ];
  const items = compareDocuments(mine, others, ['ann', 'bob'], () => [
    'genre',
    'outletType',
    'authorRole',
  ]);
  expect(items.map((i) => [i.otherAuthor, i.field.key, i.field.base, i.field.other])).toEqual([
    ['ann', 'genre', 'opinion', 'reporting'],
    ['ann', 'authorRole', undefined, 'mp'],
  ]);
  expect(items[0]).toMatchObject({
    kind: 'document',
    key: 'ann:m:a:genre',
    itemId: 'document.profile',
  });
});

it('compares with a set that has no profile, and the other way round', () => {
  const theirs = [profile('a', 'ann', { genre: 'satire' })];
  expect(compareDocuments([], theirs, ['ann'])).toMatchObject([
    { base: null, other: { id: 'a' }, field: { key: 'genre', other: 'satire' } },
  ]);
  expect(compareDocuments(theirs, [], ['bob'])).toMatchObject([
    { base: { id: 'a' }, other: null, otherAuthor: 'bob', key: 'bob:a:-:genre' },
  ]);
  expect(compareDocuments([], [], ['ann'])).toEqual([]);
});
