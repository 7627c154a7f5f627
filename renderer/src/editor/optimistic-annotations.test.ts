import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { creation, deletion, update } from '../store/change-set';
import { spanAnnotationOf } from '../testing/annotation-records';
import { isReflected, withPendingChanges } from './optimistic-annotations';

const TEXT = 'Ilham Aliyev a reçu Donald Trump à Washington.';
const article = 'a1' as ArticleId;
const aliyev = spanAnnotationOf('x', article, TEXT, 0, 12);
const trump = spanAnnotationOf('y', article, TEXT, 20, 32);

describe('withPendingChanges', () => {
  it('shows a pending creation, edit and deletion before they are stored', () => {
    const noted = { ...aliyev, note: 'Président', modifiedAt: '2026-02-01T00:00:00.000Z' };
    const shown = withPendingChanges(
      [aliyev, trump],
      [
        creation('tag', [spanAnnotationOf('z', article, TEXT, 35, 45)]),
        update('note', [aliyev], [noted]),
        deletion('del', [trump]),
      ],
      article,
    );
    expect(shown.map((row) => [row.id, row.note])).toEqual([
      ['x', 'Président'],
      ['z', ''],
    ]);
  });

  it('leaves out rows of other articles (a library-wide tagging)', () => {
    const elsewhere = spanAnnotationOf('w', 'a2' as ArticleId, TEXT, 0, 5);
    expect(withPendingChanges([], [creation('tag', [elsewhere])], article)).toEqual([]);
  });
});

describe('isReflected', () => {
  it('is true once the stored list shows every row of the change', () => {
    const change = creation('tag', [trump]);
    expect(isReflected([aliyev], change, article)).toBe(false);
    expect(isReflected([aliyev, trump], change, article)).toBe(true);
    expect(isReflected([aliyev], deletion('del', [trump]), article)).toBe(true);
  });
});
