import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { listArticleAnnotations, writeEdit } from './annotation-repository';
import { creation, deletion, update, type ChangeSet } from './change-set';
import { editLatest } from './edit';
import { EditHistory } from './edit-history';

const TEXT = 'Le ministre 😀 Djeyhoun Baïramov a dit que la coopération se renforce.';
const article = 'article-1' as ArticleId;
const ids = async () => (await listArticleAnnotations(article)).map((a) => a.id);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('EditHistory', () => {
  it('undoes and redoes a creation, an edit and a deletion, in order', async () => {
    const history = new EditHistory(writeEdit);
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
    const history = new EditHistory(writeEdit);
    const rows = [0, 1, 2].map((i) => spanAnnotationOf(`o${i}`, article, TEXT, i * 3, i * 3 + 2));
    await history.apply(creation('Tag 3 occurrences', rows));
    expect(await ids()).toHaveLength(3);
    await history.undo();
    expect(await ids()).toEqual([]);
  });

  it('a new action clears the redo stack, and a no-op is not recorded', async () => {
    const history = new EditHistory(writeEdit);
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
    const history = new EditHistory(async (edit, willWrite) => {
      if (isFailing) throw new Error('disk full');
      return writeEdit(edit, willWrite);
    });
    await history.apply(creation('Tag', [spanAnnotationOf('a', article, TEXT, 0, 2)]));
    isFailing = true;
    await expect(history.undo()).rejects.toThrow('disk full');
    expect(history.getState().undoLabel).toBe('Tag');
    isFailing = false;
    expect(await history.undo()).toBe('Tag');
  });

  it('runs actions in order even when they are not awaited', async () => {
    const history = new EditHistory(writeEdit);
    const a = spanAnnotationOf('a', article, TEXT, 0, 2);
    void history.apply(creation('Tag', [a]));
    await history.undo();
    expect(await ids()).toEqual([]);
  });
});

describe('EditHistory.onWillWrite', () => {
  it('announces every write, undo included, with its change set and outcome', async () => {
    const history = new EditHistory(writeEdit);
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

describe('EditHistory: a creation is shown in the task that applies it', () => {
  /** The object stores of the `add` requests issued so far (fake-indexeddb's own). */
  function recordAdds(): string[] {
    const issued: string[] = [];
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      issued.push(this.name);
      return add.apply(this, args);
    });
    return issued;
  }

  afterEach(() => vi.restoreAllMocks());

  it('announces new rows once their requests are issued, before any is answered', async () => {
    await db.open();
    const issued = recordAdds();
    const history = new EditHistory(writeEdit);
    const row = spanAnnotationOf('a', article, TEXT, 0, 2);
    const seen: string[][] = [];
    const order: string[] = [];
    history.onWillWrite(() => {
      seen.push([...issued]);
      order.push('listener');
    });
    let isNextTask = false;
    setTimeout(() => (isNextTask = true), 0);
    const applied = history.apply(creation('Tag', [row]), () => {
      order.push(isNextTask ? 'shown in a later task' : 'shown');
      expect(issued).toContain('annotations');
    });
    // The key press's render follows the requests: it overlaps the database's work.
    expect(seen).toEqual([]);
    await applied;
    expect(seen).toEqual([['annotations']]);
    expect(order).toEqual(['shown', 'listener']);
    expect(await ids()).toEqual(['a']);
  });

  it('announces new rows at once behind an earlier action still being written', async () => {
    const history = new EditHistory(writeEdit);
    const seen: string[] = [];
    history.onWillWrite(({ change }) => seen.push(change.label));
    const first = history.apply(creation('First', [spanAnnotationOf('a', article, TEXT, 0, 2)]));
    const second = history.apply(creation('Second', [spanAnnotationOf('b', article, TEXT, 3, 5)]));
    // Its requests wait for the first action's: the view does not.
    expect(seen).toEqual(['Second']);
    await Promise.all([first, second]);
    expect(seen.sort()).toEqual(['First', 'Second']);
    expect(await ids()).toEqual(['a', 'b']);
  });

  it('rejects the announced outcome when the write fails, and leaves nothing to undo', async () => {
    let isFailing = false;
    const history = new EditHistory(async (edit, willWrite) => {
      if (isFailing) throw new Error('disk full');
      return writeEdit(edit, willWrite);
    });
    const outcomes: Promise<void>[] = [];
    history.onWillWrite(({ written }) => outcomes.push(written));
    const first = history.apply(creation('Tag', [spanAnnotationOf('a', article, TEXT, 0, 2)]));
    isFailing = true;
    let shown = 0;
    const failed = history.apply(
      creation('Tag', [spanAnnotationOf('b', article, TEXT, 3, 5)]),
      () => shown++,
    );
    expect(outcomes).toHaveLength(1);
    expect(shown).toBe(1);
    await first.catch(() => undefined);
    await expect(outcomes[0]).rejects.toThrow('disk full');
    await expect(failed).rejects.toThrow('disk full');
    expect(shown).toBe(1);
    expect(await history.undo()).toBeNull();
  });

  it('tells the caller when a write fails before its change is announced', async () => {
    const history = new EditHistory(async () => {
      throw new Error('disk full');
    });
    const outcomes: Promise<void>[] = [];
    history.onWillWrite(({ written }) => outcomes.push(written));
    let shown = 0;
    const applied = history.apply(
      creation('Tag', [spanAnnotationOf('a', article, TEXT, 0, 2)]),
      () => shown++,
    );
    await expect(applied).rejects.toThrow('disk full');
    expect(outcomes).toEqual([]);
    expect(shown).toBe(1);
    expect(history.getState()).toEqual({ undoLabel: null, redoLabel: null });
  });

  it('announces an edit of stored rows only once it is built, in its transaction', async () => {
    const history = new EditHistory(writeEdit);
    const row = spanAnnotationOf('a', article, TEXT, 0, 2);
    await history.apply(creation('Tag', [row]));
    const seen: string[] = [];
    history.onWillWrite(({ change }) => seen.push(change.label));
    const applied = history.apply(deletion('Delete', [row]));
    expect(seen).toEqual([]);
    await applied;
    expect(seen).toEqual(['Delete']);
  });
});

describe('EditHistory with edits built from the stored rows', () => {
  const claim = spanAnnotationOf('c1', article, TEXT, 36, 70, { itemId: 'claim.claim' as never });
  const setVerdict = (verdict: string) =>
    editLatest(claim, (latest) =>
      update(
        'Set verdict',
        [latest],
        [{ ...latest, attributes: { ...latest.attributes, verdict } }],
      ),
    );
  const setNote = (note: string) =>
    editLatest(claim, (latest) => update('Edit note', [latest], [{ ...latest, note }]));

  it('composes two quick edits made from the same stale view, each one undo step', async () => {
    const history = new EditHistory(writeEdit);
    await history.apply(creation('Tag claim', [claim]));
    // Both made from `claim` as first shown, neither awaited: the second must keep the first.
    const first = history.apply(setVerdict('supported'));
    const second = history.apply(setNote('à vérifier'));
    await Promise.all([first, second]);
    const stored = await db.annotations.get(claim.id);
    expect(stored).toMatchObject({ attributes: { verdict: 'supported' }, note: 'à vérifier' });

    expect(await history.undo()).toBe('Edit note');
    expect(await db.annotations.get(claim.id)).toMatchObject({
      attributes: { verdict: 'supported' },
      note: '',
    });
    expect(await history.undo()).toBe('Set verdict');
    expect((await db.annotations.get(claim.id))?.attributes).toEqual({});
    expect(await history.redo()).toBe('Set verdict');
    expect(await history.redo()).toBe('Edit note');
    expect(await db.annotations.get(claim.id)).toEqual(stored);
  });

  it('announces each built change with the earlier edit in its before state', async () => {
    const history = new EditHistory(writeEdit);
    const seen: ChangeSet[] = [];
    history.onWillWrite(({ change }) => seen.push(change));
    await history.apply(creation('Tag claim', [claim]));
    await Promise.all([history.apply(setVerdict('refuted')), history.apply(setNote('Non'))]);
    expect(seen.map((change) => change.label)).toEqual(['Tag claim', 'Set verdict', 'Edit note']);
    expect(seen[2]!.annotations[0]!.before?.attributes).toEqual({ verdict: 'refuted' });
  });

  it('records nothing for an edit of a row deleted meanwhile', async () => {
    const history = new EditHistory(writeEdit);
    await history.apply(creation('Tag claim', [claim]));
    void history.apply(deletion('Delete claim', [claim]));
    const change = await history.apply(setNote('trop tard'));
    expect(change.annotations).toEqual([]);
    expect(await ids()).toEqual([]);
    expect(history.getState().undoLabel).toBe('Delete claim');
  });
});
