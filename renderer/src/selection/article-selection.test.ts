import { describe, expect, it } from 'vitest';
import { selectionOfValue, selectionValue, type ArticleSelection } from './article-selection';

describe('article selection values', () => {
  it('spell every kind of selection and read it back', () => {
    const selections: ArticleSelection[] = [
      { kind: 'all' },
      { kind: 'status', status: 'in-progress' },
      { kind: 'saved', queryId: 'a:b-1' },
    ];
    for (const selection of selections)
      expect(selectionOfValue(selectionValue(selection))).toEqual(selection);
  });
  it('takes a value it does not know for every article', () => {
    expect(selectionOfValue('status:finished')).toEqual({ kind: 'all' });
    expect(selectionOfValue('saved:')).toEqual({ kind: 'all' });
  });
});
