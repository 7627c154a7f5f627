import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId } from '../annotation/types';
import { patchArticleRows } from '../store/article-rows';
import { creation, deletion, update, type ChangeSet } from '../store/change-set';
import { listChangeBetween } from '../store/list-changes';
import { spanAnnotationOf } from '../testing/annotation-records';
import { catchUp, differsOnlyAt, isReflected, withPendingChanges } from './optimistic-annotations';

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

describe('catchUp', () => {
  const view = (stored: Annotation[], pending: ChangeSet[]) => ({
    stored,
    pending,
    shown: withPendingChanges(stored, pending, article),
  });

  it('keeps what is shown when the store delivers exactly the pending change', () => {
    const created = spanAnnotationOf('z', article, TEXT, 35, 45);
    const before = view([aliyev, trump], [creation('tag', [created])]);
    const stored = [aliyev, trump, { ...created }];
    const after = catchUp(before, stored, article);
    expect(after.pending).toEqual([]);
    expect(after.shown).toBe(before.shown);
  });

  it('shows the stored list when another write came with it', () => {
    const created = spanAnnotationOf('z', article, TEXT, 35, 45);
    const before = view([aliyev, trump], [creation('tag', [created])]);
    const noted = { ...trump, note: 'from another window' };
    const after = catchUp(before, [aliyev, noted, { ...created }], article);
    expect(after.shown.map((row) => row.note)).toEqual(['', 'from another window', '']);
  });

  it('keeps a change pending until the store shows it', () => {
    const created = spanAnnotationOf('z', article, TEXT, 35, 45);
    const before = view([aliyev, trump], [creation('tag', [created])]);
    const after = catchUp(before, [aliyev], article);
    expect(after.pending).toHaveLength(1);
    expect(after.shown.map((row) => row.id)).toEqual(['x', 'z']);
  });
});

describe('differsOnlyAt', () => {
  it('finds rows added, removed or replaced outside the given ids', () => {
    const moved = { ...trump, span: { start: 1, end: 5 } };
    expect(differsOnlyAt([aliyev, trump], [aliyev, trump], new Set())).toBe(true);
    expect(differsOnlyAt([aliyev, trump], [aliyev], new Set(['y']))).toBe(true);
    expect(differsOnlyAt([aliyev, trump], [aliyev], new Set(['x']))).toBe(false);
    expect(differsOnlyAt([aliyev, trump], [aliyev, moved], new Set(['y']))).toBe(true);
    expect(differsOnlyAt([aliyev, trump], [aliyev, { ...trump }], new Set())).toBe(false);
  });
});

describe('change notes', () => {
  it('notes what the pending changes did, and catches up through the feed’s note', () => {
    const created = spanAnnotationOf('z', article, TEXT, 35, 45);
    const stored = [aliyev, trump];
    const change = creation('tag', [created]);
    const shown = withPendingChanges(stored, [change], article);
    expect(listChangeBetween(stored, shown)).toEqual({ removed: [], added: [created] });

    // The feed re-reads the written row and notes the list it patched.
    const written = { ...created };
    const byId = new Map(stored.map((row) => [row.id as string, row]));
    const delivered = patchArticleRows(stored, byId, article, new Map([['z', written]]));
    const after = catchUp({ stored, pending: [change], shown }, delivered, article);
    expect(after.pending).toEqual([]);
    expect(after.shown).toBe(shown);
    expect(isReflected(delivered, deletion('del', [written]), article)).toBe(false);
    expect(isReflected([aliyev, trump], update('note', [trump], [{ ...trump }]), article)).toBe(
      true,
    );
  });
});
