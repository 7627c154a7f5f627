import { expect, it } from 'vitest';
import type { AuthorId } from '../annotation/types';
import { describeSets, setName } from './review-sets';

it('names the sets: me first, then gold, then colleagues by name', () => {
  const sets = describeSets(
    ['c2', 'me', 'g', 'c1', 'c2', 'unknown-author-id'],
    [
      { id: 'c1' as AuthorId, name: 'Zaur', role: 'colleague' },
      { id: 'c2' as AuthorId, name: 'Aysel', role: 'colleague' },
      { id: 'g' as AuthorId, name: 'Gold', role: 'gold' },
    ],
    { id: 'me', name: 'Leyla' },
  );
  expect(sets.map((s) => [s.name, s.role])).toEqual([
    ['Me (Leyla)', 'self'],
    ['Gold', 'gold'],
    ['Analyst unknown-', 'colleague'],
    ['Aysel', 'colleague'],
    ['Zaur', 'colleague'],
  ]);
  expect(setName(sets, 'c1')).toBe('Zaur');
  expect(setName(sets, 'abcdefghijk')).toBe('Analyst abcdefgh');
});
