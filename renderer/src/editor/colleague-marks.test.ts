import { expect, it } from 'vitest';
import type { ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { noteListChange } from '../store/list-changes';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { createColleagueMarksDerivation } from './colleague-marks';

const text = 'Ilham Aliyev met officials in Washington on Monday.';
const article = 'art' as ArticleId;
const me = 'me' as AuthorId;
const codebook = indexCodebook(loadDefaultCodebook());
const of = (id: string, author: string, start: number, end: number, itemId = 'entity.person') =>
  spanAnnotationOf(id, article, text, start, end, {
    author: author as AuthorId,
    itemId: itemId as CodebookItemId,
  });

it('counts colleagues’ annotations and draws their placed spans read-only', () => {
  const rows = [
    of('m1', 'me', 0, 12),
    of('a1', 'aysel', 0, 12),
    of('a2', 'aysel', 30, 40, 'entity.gpe'),
    { ...of('a3', 'aysel', 0, 5), orphanedFrom: 1 },
    documentAnnotationOf('z-profile', article, 'document.profile', { author: 'zaur' as AuthorId }),
  ];
  const derive = createColleagueMarksDerivation();
  const result = derive(rows, me, codebook);
  expect(result.count).toBe(4);
  expect(result.marks).toEqual([
    {
      id: 'a1',
      start: 0,
      end: 12,
      colour: codebook.byId.get('entity.person')!.colour,
      isColleague: true,
    },
    {
      id: 'a2',
      start: 30,
      end: 40,
      colour: codebook.byId.get('entity.gpe')!.colour,
      isColleague: true,
    },
  ]);
});

it('keeps the mark object of an unchanged row, so the reader passes over it', () => {
  const a1 = of('a1', 'aysel', 0, 12);
  const derive = createColleagueMarksDerivation();
  const first = derive([a1, of('m1', 'me', 0, 5)], me, codebook);
  const second = derive([a1, of('m1', 'me', 0, 6)], me, codebook);
  expect(second.marks[0]).toBe(first.marks[0]);
  expect(derive([a1], me, indexCodebook(loadDefaultCodebook())).marks[0]).not.toBe(first.marks[0]);
});

it('answers the same result when only the analyst’s own rows changed (by the list’s note)', () => {
  const a1 = of('a1', 'aysel', 0, 12);
  const m1 = of('m1', 'me', 0, 5);
  const derive = createColleagueMarksDerivation();
  const before = [a1];
  const first = derive(before, me, codebook);
  const mine = [a1, m1];
  noteListChange(before, mine, [], [m1]);
  expect(derive(mine, me, codebook)).toBe(first);
  const theirs = of('a2', 'aysel', 30, 40);
  const more = [a1, m1, theirs];
  noteListChange(mine, more, [], [theirs]);
  expect(derive(more, me, codebook).marks.map((mark) => mark.id)).toEqual(['a1', 'a2']);
});
