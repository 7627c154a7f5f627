import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { listArticleAnnotations, writeChangeSet } from './annotation-repository';
import { creation, deletion, update } from './change-set';
import { EditHistory } from './edit-history';

const TEXT = 'Le ministre 😀 Djeyhoun Baïramov a dit que la coopération se renforce.';
const article = 'article-1' as ArticleId;
const ids = async () => (await listArticleAnnotations(article)).map((a) => a.id);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('EditHistory', () => {
  it('undoes and redoes a creation, an edit and a deletion, in order', async () => {
    const history = new EditHistory(writeChangeSet);
    const claim = spanAnnotationOf('c1', article, TEXT, 36, 70, { itemId: 'claim.claim' as never });
    const edited = { ...claim, attributes: { verdict: 'unverified' } };

    await history.apply(creation('Tag claim', [claim]));
    await history.apply(update('Set verdict', [claim], [edited]));
    await history.apply(deletion('Delete claim', [edited]));
    expect(await ids()).toEqual([]);
    expect(history.getState()).toEqual({ undoLabel: 'Delete claim', redoLabel: null });

    expect(await history.undo()).toBe('Delete claim');
    expect((await db.annotations.get(claim.id))?.attributes).toEqual({ verdict: 'unverified' });
    expect(await history.undo()).toBe('Set verdict');
    expect((await db.annotations.get(claim.id))?.attributes).toEqual({});
    expect(await history.undo()).toBe('Tag claim');
    expect(await ids()).toEqual([]);
    expect(await history.undo()).toBeNull();

    expect(await history.redo()).toBe('Tag claim');
    expect(await history.redo()).toBe('Set verdict');
    expect((await db.annotations.get(claim.id))?.attributes).toEqual({ verdict: 'unverified' });
    expect(history.getState()).toEqual({ undoLabel: 'Set verdict', redoLabel: 'Delete claim' });
  });

  it('undoes a many-row action (annotate all occurrences) in one step', async () => {
    const history = new EditHistory(writeChangeSet);
    const rows = [0, 1, 2].map((i) => spanAnnotationOf(`o${i}`, article, TEXT, i * 3, i * 3 + 2));
    await history.apply(creation('Tag 3 occurrences', rows));
    expect(await ids()).toHaveLength(3);
    await history.undo();
    expect(await ids()).toEqual([]);
  });

  it('a new action clears the redo stack, and a no-op is not recorded', async () => {
    const history = new EditHistory(writeChangeSet);
    const genre = documentAnnotationOf('d1', article);
    await history.apply(creation('Set genre', [genre]));
    await history.undo();
    await history.apply(update('Nothing', [], []));
    expect(history.getState().redoLabel).toBe('Set genre');
    await history.apply(creation('Set genre again', [documentAnnotationOf('d2', article)]));
    expect(history.getState()).toEqual({ undoLabel: 'Set genre again', redoLabel: null });
  });

  it('keeps its stacks when a write fails, so nothing is lost', async () => {
    let isFailing = false;
    const history = new EditHistory(async (change) => {
      if (isFailing) throw new Error('disk full');
      await writeChangeSet(change);
    });
    await history.apply(creation('Tag', [spanAnnotationOf('a', article, TEXT, 0, 2)]));
    isFailing = true;
    await expect(history.undo()).rejects.toThrow('disk full');
    expect(history.getState().undoLabel).toBe('Tag');
    isFailing = false;
    expect(await history.undo()).toBe('Tag');
  });

  it('runs actions in order even when they are not awaited', async () => {
    const history = new EditHistory(writeChangeSet);
    const a = spanAnnotationOf('a', article, TEXT, 0, 2);
    void history.apply(creation('Tag', [a]));
    await history.undo();
    expect(await ids()).toEqual([]);
  });
});

describe('EditHistory.onWillWrite', () => {
  it('announces every write, undo included, with its change set and outcome', async () => {
    const history = new EditHistory(writeChangeSet);
    const row = spanAnnotationOf('a', article, TEXT, 0, 2);
    const seen: string[] = [];
    const stored: boolean[] = [];
    const stop = history.onWillWrite(({ change, written }) => {
      seen.push(`${change.label}:${change.annotations[0]?.after ? 'create' : 'delete'}`);
      void written.then(async () => stored.push((await db.annotations.get(row.id)) !== undefined));
    });
    await history.apply(creation('Tag', [row]));
    await history.undo();
    stop();
    await history.redo();
    expect(seen).toEqual(['Tag:create', 'Tag:delete']);
    expect(stored).toEqual([true, false]);
  });
});
