import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { creation } from '../store/change-set';
import { editLatest } from '../store/edit';
import { EditHistory } from '../store/edit-history';
import { setNote } from '../editor/annotation-actions';
import { spanAnnotationOf } from '../testing/annotation-records';
import { storeAsImported } from '../testing/imported-annotations';
import { writeHistoryEdit } from '../trash/history-write';
import { UndoJournal } from './undo-journal';

const TEXT = 'Le ministre a parlé de la coopération avec ses voisins.';
const article = 'article-1' as ArticleId;

/** The writes issued so far (table names, in order), seen by a Dexie middleware. */
const issued: string[] = [];

beforeAll(() => {
  db.use({
    stack: 'dbcore',
    name: 'record-issued-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            issued.push(name);
            return table.mutate(request);
          },
        };
      },
    }),
  });
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  issued.length = 0;
});

describe('a journaled action', () => {
  it('has its row and its undo step issued before the view hears of it', async () => {
    // A view that renders when it hears of the change keeps the main thread busy: were the
    // writes issued after it, the action would be stored only once that render is done.
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    const seenByView: string[][] = [];
    history.onWillWrite(() => seenByView.push([...issued]));
    const tag = spanAnnotationOf('tag-1', article, TEXT, 3, 11);
    await history.apply(creation('Tag “Person”', [tag]));
    expect(seenByView).toEqual([['annotations', 'undoSteps']]);
    expect(await db.annotations.get(tag.id)).toEqual(tag);
    const stored = await new UndoJournal().load();
    expect(stored.undo.map((step) => step.label)).toEqual(['Tag “Person”']);
  });

  it('edits an imported annotation and undoes it after a restart', async () => {
    // The imported row lives in a pack: the edit moves it into a row first, in the same
    // transaction as its write and its undo step.
    const colleague = 'colleague-1' as AuthorId;
    const imported = spanAnnotationOf('col-1', article, TEXT, 3, 11, { author: colleague });
    await storeAsImported([imported]);
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    await history.apply(editLatest(imported, (latest) => setNote(latest, 'Sure?')));
    expect((await db.annotations.get(imported.id))?.note).toBe('Sure?');

    const journal = new UndoJournal();
    const restarted = new EditHistory(writeHistoryEdit, journal);
    await restarted.restore(await journal.load());
    expect(await restarted.undo()).toBe('Edit note');
    expect((await db.annotations.get(imported.id))?.note).toBe(imported.note);
  });
});
