import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { talliesOf } from './article-tally';
import {
  authorDeltasOf,
  authorTotalsOf,
  authorTotalsOfTallies,
  movedTotals,
} from './author-totals';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Ankara.';
const by = (author: string) => ({ author: author as AuthorId });

/** Three authors over two articles, one named like an Object member, one row without any. */
const annotations: Annotation[] = [
  spanAnnotationOf('a', 'art-1' as ArticleId, TEXT, 0, 5, by('me')),
  spanAnnotationOf('b', 'art-1' as ArticleId, TEXT, 6, 9, by('__proto__')),
  documentAnnotationOf('c', 'art-2' as ArticleId, 'document.genre', by('me')),
  documentAnnotationOf('d', 'art-2' as ArticleId, 'document.genre', by('__proto__')),
  { ...documentAnnotationOf('e', 'art-2' as ArticleId), author: undefined as never },
];

const sorted = (totals: { author: string; total: number }[]) =>
  [...totals].sort((x, y) => (x.author < y.author ? -1 : 1));

describe('author totals', () => {
  it('summed from the articles’ tallies are a recount of the annotations', () => {
    const recount = sorted(authorTotalsOf(annotations));
    expect(recount).toEqual([
      { author: '__proto__', total: 2 },
      { author: 'me', total: 2 },
      { author: 'undefined', total: 1 },
    ]);
    expect(sorted(authorTotalsOfTallies(talliesOf(annotations).values()))).toEqual(recount);
  });

  it('move by what a write adds and takes away; a total that does not move is not read', () => {
    const [a, b, c] = annotations;
    const deltas = authorDeltasOf([
      { annotation: a!, sign: 1 },
      { annotation: b!, sign: -1 },
      { annotation: c!, sign: -1 },
    ]);
    // `me` gained one and lost one: nothing to read or write for it.
    expect([...deltas]).toEqual([['__proto__', -1]]);
    expect(movedTotals(deltas, [{ author: '__proto__', total: 1 }])).toEqual({
      put: [],
      emptied: ['__proto__'],
    });
    expect(movedTotals(new Map([['me', 2]]), [undefined])).toEqual({
      put: [{ author: 'me', total: 2 }],
      emptied: [],
    });
  });
});
