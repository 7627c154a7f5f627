import { describe, expect, it } from 'vitest';
import { countByAuthor, defaultComparedFor, defaultComparison } from './default-comparison';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('defaultComparison', () => {
  it('compares the two largest sets when my own set is empty, not an empty "Me"', () => {
    const authors = ['me', 'gold', 'aysel', 'zaur', 'leyla'];
    expect(defaultComparison(authors, counts({ aysel: 421, zaur: 380, leyla: 12 }), 'me')).toEqual({
      base: 'aysel',
      compared: ['zaur'],
    });
  });

  it('takes my set as base when it holds annotations, against the largest other', () => {
    const authors = ['me', 'aysel', 'zaur'];
    expect(defaultComparison(authors, counts({ me: 3, aysel: 40, zaur: 400 }), 'me')).toEqual({
      base: 'me',
      compared: ['zaur'],
    });
  });

  it('breaks ties in screen order and copes with one set holding annotations, or none', () => {
    expect(defaultComparison(['me', 'a', 'b'], counts({ a: 5, b: 5 }), 'me')).toEqual({
      base: 'a',
      compared: ['b'],
    });
    // One colleague's set alone: compared with my empty set, to accept its tags from.
    expect(defaultComparison(['me', 'a'], counts({ a: 5 }), 'me')).toEqual({
      base: 'me',
      compared: ['a'],
    });
    expect(defaultComparison(['me'], counts({}), 'me')).toEqual({ base: 'me', compared: [] });
  });
});

describe('defaultComparedFor', () => {
  it('compares a picked base with the largest other set holding annotations', () => {
    const c = counts({ me: 0, a: 4, b: 9 });
    expect(defaultComparedFor('a', ['me', 'a', 'b'], c)).toEqual(['b']);
    expect(defaultComparedFor('b', ['me', 'a', 'b'], c)).toEqual(['a']);
    expect(defaultComparedFor('a', ['me', 'a'], c)).toEqual([]);
  });
});

it('counts annotations per author', () => {
  expect([...countByAuthor([{ author: 'a' }, { author: 'b' }, { author: 'a' }])]).toEqual([
    ['a', 2],
    ['b', 1],
  ]);
});
