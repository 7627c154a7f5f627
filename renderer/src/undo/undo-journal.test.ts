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
import { STEP_PART_ROWS } from './step-parts';
import { UndoJournal } from './undo-journal';

const TEXT = 'Le ministre a parlé de la coopération avec ses voisins.';
const article = 'article-1' as ArticleId;

/** The writes issued so far (table names, in order), seen by a Dexie middleware. */
const issued: string[] = [];
/** The annotation rows each added undo row holds (a step's, or a part's). */
const rowsPerStepAdd: number[] = [];
/** The rows each read of `undoSteps` asked for (a `getAll` asks for all: -1). */
const rowsPerStepRead: number[] = [];

function annotationRowsOf(value: unknown): number {
  const step = (
    value as { step?: { annotations?: unknown[]; change?: { annotations?: unknown[] } } }
  ).step;
  return step?.annotations?.length ?? step?.change?.annotations?.length ?? 0;
}

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
          getMany: (request) => {
            if (name === 'undoSteps') rowsPerStepRead.push(request.keys.length);
            return table.getMany(request);
          },
          query: (request) => {
            if (name === 'undoSteps' && request.values) rowsPerStepRead.push(-1);
            return table.query(request);
          },
          mutate: (request) => {
            issued.push(name);
            if (name === 'undoSteps' && request.type === 'add')
              rowsPerStepAdd.push(...request.values.map(annotationRowsOf));
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
  rowsPerStepAdd.length = 0;
});

describe('a journaled action', () => {
  it('has its row and its undo step issued before the view hears of an edit', async () => {
    // A view that renders when it hears of the change keeps the main thread busy: were the
    // writes issued after it, the action would be stored only once that render is done.
    // A tag too: the view hears of its new rows once they are issued, still in the key
    // press's task (`EditHistory.apply`).
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    const seenByView: string[][] = [];
    history.onWillWrite(() => seenByView.push([...issued]));
    const tag = spanAnnotationOf('tag-1', article, TEXT, 3, 11);
    await history.apply(creation('Tag “Person”', [tag]));
    expect(seenByView).toEqual([['annotations', 'undoSteps']]);
    issued.length = 0;
    await history.apply(editLatest(tag, (latest) => setNote(latest, 'Sure?')));
    expect(seenByView.at(-1)).toEqual(['annotations', 'undoSteps']);
    expect((await db.annotations.get(tag.id))?.note).toBe('Sure?');
    const stored = await new UndoJournal().load();
    expect(stored.undo.map((step) => step.label)).toEqual(['Tag “Person”', 'Edit note']);
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

describe('a step of many rows (annotate-all across a library)', () => {
  const many = (count: number, prefix = 'all') =>
    Array.from({ length: count }, (_, n) =>
      spanAnnotationOf(`${prefix}-${n}`, `article-${n % 7}` as ArticleId, TEXT, 3, 11),
    );

  it('is stored in parts of at most STEP_PART_ROWS rows, and undone whole after a restart', async () => {
    const tags = many(4 * STEP_PART_ROWS + 100);
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    await history.apply(creation('Tag all “ministre”', tags));
    // Each added row is cloned in one task of the page: none may hold the whole step.
    expect(rowsPerStepAdd).toEqual([0, ...Array(4).fill(STEP_PART_ROWS), 100]);
    expect(await db.annotations.count()).toBe(tags.length);

    const journal = new UndoJournal();
    const restarted = new EditHistory(writeHistoryEdit, journal);
    rowsPerStepRead.length = 0;
    const stored = await journal.load();
    // Read back a few rows per request, never all the parts in one.
    expect(rowsPerStepRead).toEqual([4, 2]);
    expect(stored.undo.map((step) => step.annotations.length)).toEqual([tags.length]);
    await restarted.restore(stored);
    expect(await restarted.undo()).toBe('Tag all “ministre”');
    expect(await db.annotations.count()).toBe(0);

    // Undone, the head says so and the parts stay: redo after another restart puts all back.
    const again = new UndoJournal();
    const redoing = new EditHistory(writeHistoryEdit, again);
    await redoing.restore(await again.load());
    expect(redoing.getState()).toMatchObject({ undoLabel: null, redoLabel: 'Tag all “ministre”' });
    expect(await redoing.redo()).toBe('Tag all “ministre”');
    expect(await db.annotations.count()).toBe(tags.length);
  });

  it('drops its parts with it when the history outgrows its depth', async () => {
    const history = new EditHistory(writeHistoryEdit, new UndoJournal(2));
    await history.apply(creation('Tag all', many(STEP_PART_ROWS + 1)));
    expect(await db.undoSteps.count()).toBe(3);
    await history.apply(creation('One', many(1, 'one')));
    await history.apply(creation('Two', many(1, 'two')));
    expect(await db.undoSteps.count()).toBe(2);
    expect((await new UndoJournal().load()).undo.map((step) => step.label)).toEqual(['One', 'Two']);
  });
});
