import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { addIngestedArticles } from '../library/article-repository';
import { creation } from '../store/change-set';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { storeAsImported } from '../testing/imported-annotations';
import { ingestedArticle } from '../testing/ingested-article';
import { UndoJournal } from '../undo/undo-journal';
import { writeHistoryEdit } from './history-write';
import {
  articleDeletion,
  archiving,
  importedSetDeletion,
  permanentDeletion,
  restoration,
} from './trash-changes';
import { purgeExpiredTrash } from './trash-retention';

const MENU = 'Accueil\nPolitique\nÉconomie\nContact';
const TEXT_A = `${MENU}\nLe ministre a parlé de la coopération.\nIl a ajouté un mot.`;
const TEXT_B = `${MENU}\nUn autre article sur le climat.`;
const colleague = 'colleague-1' as AuthorId;

/** Every row of every table, by table, in key order: the workspace as a user has it. */
async function everything(): Promise<Record<string, unknown[]>> {
  const tables = db.tables.filter((table) => !['trash', 'undoSteps'].includes(table.name));
  const entries = await Promise.all(
    tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function seed(): Promise<{ a: ArticleId; b: ArticleId }> {
  const report = await addIngestedArticles([
    await ingestedArticle('/news/site/a.txt', TEXT_A),
    await ingestedArticle('/news/site/b.txt', TEXT_B),
  ]);
  const [a, b] = report.outcomes.map((outcome) => (outcome.kind === 'added' ? outcome.id : ''));
  const articleA = a as ArticleId;
  await db.annotations.bulkAdd([
    spanAnnotationOf('own-1', articleA, TEXT_A, 40, 48),
    spanAnnotationOf('own-b', b as ArticleId, TEXT_B, 40, 46),
  ]);
  await storeAsImported([
    spanAnnotationOf('col-1', articleA, TEXT_A, 52, 60, { author: colleague }),
    spanAnnotationOf('col-2', b as ArticleId, TEXT_B, 40, 46, { author: colleague }),
  ]);
  await db.analysts.bulkAdd([
    { id: 'analyst-1' as AuthorId, name: 'Me', role: 'self' },
    { id: colleague, name: 'Ayla', role: 'colleague', importedAt: '2026-01-02T00:00:00.000Z' },
  ]);
  await db.comments.bulkAdd([
    {
      id: 'c1',
      annotationId: 'col-1' as never,
      articleId: articleA,
      author: 'analyst-1' as AuthorId,
      body: 'Sure?',
      createdAt: '2026-01-03T00:00:00.000Z',
    },
  ]);
  await db.articleVersions.add({
    articleId: articleA,
    version: 1,
    text: 'old text',
    textSha256: 'x',
    replacedAt: '2026-01-01T00:00:00.000Z',
  });
  await db.articleStatuses.add({
    articleId: articleA,
    analyst: 'analyst-1',
    status: 'done',
    updatedAt: '2026-01-04T00:00:00.000Z',
  });
  return { a: articleA, b: b as ArticleId };
}

function newHistory() {
  const journal = new UndoJournal();
  return { journal, history: new EditHistory(writeHistoryEdit, journal) };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('the trash', () => {
  it('takes an article with everything on it in one step, and undo puts it back exactly', async () => {
    const { a } = await seed();
    const before = await everything();
    const { history } = newHistory();

    await history.apply(await articleDeletion([a]));
    const after = await everything();
    expect(after['articles']).toHaveLength(1);
    expect(await db.articleTexts.get(a)).toBeUndefined();
    expect(await db.articleOriginals.get(a)).toBeUndefined();
    expect(await db.annotations.where('articleId').equals(a).count()).toBe(0);
    expect(await db.annotationPacks.where('articleId').equals(a).count()).toBe(0);
    expect(after['annotationPackIds']).toHaveLength(1);
    expect(after['comments']).toEqual([]);
    expect(after['articleVersions']).toEqual([]);
    expect(after['articleStatuses']).toEqual([]);
    // The menu lines are now held by one dump of the folder, no longer two.
    expect(after['siteFolders']).toEqual([{ folder: '/news/site', pages: 1 }]);
    expect((await db.siteLines.get(['/news/site', 'Accueil']))?.pages).toBe(1);
    const [record] = await db.trash.toArray();
    expect(record).toMatchObject({ kind: 'article', label: 'Accueil' });

    expect(await history.undo()).toBe('Delete “Accueil”');
    expect(await everything()).toEqual(before);
    expect(await db.trash.count()).toBe(0);

    await history.redo();
    expect(await everything()).toEqual(after);
  });

  it('restores from the trash as a new undoable step, and forgets for good', async () => {
    const { a } = await seed();
    const before = await everything();
    const { history } = newHistory();
    await history.apply(await articleDeletion([a]));
    const [record] = await db.trash.toArray();

    await history.apply(restoration(record!));
    expect(await everything()).toEqual(before);
    await history.undo();
    expect(await db.trash.count()).toBe(1);

    await history.apply(permanentDeletion([record!]));
    expect(await db.trash.count()).toBe(0);
    expect(await db.articles.get(a)).toBeUndefined();
    await history.undo();
    expect(await db.trash.count()).toBe(1);
  });

  it('restores an article deleted before schema 10 with its original apart from its text', async () => {
    const { a } = await seed();
    const before = await everything();
    const { history } = newHistory();
    await history.apply(await articleDeletion([a]));
    // The trash row as schema 9 kept it: the original inside the text row.
    const [record] = await db.trash.toArray();
    const { articleOriginals, ...rows } = record!.rows;
    const [original] = articleOriginals as { original: string }[];
    const legacy = {
      ...record!,
      rows: { ...rows, articleTexts: [{ ...rows['articleTexts']![0]!, ...original }] },
    };
    await db.trash.put(legacy);

    await history.apply(restoration(legacy));
    expect(await everything()).toEqual(before);
    expect(await db.articleTexts.get(a)).not.toHaveProperty('original');
  });

  it('refuses a restore whose text is in the library again, writing nothing', async () => {
    const { a } = await seed();
    const { history } = newHistory();
    await history.apply(await articleDeletion([a]));
    await addIngestedArticles([await ingestedArticle('/elsewhere/a.txt', TEXT_A)]);
    const [record] = await db.trash.toArray();
    const held = await everything();
    await expect(history.apply(restoration(record!))).rejects.toThrow(/same text/);
    expect(await everything()).toEqual(held);
    expect(await db.trash.count()).toBe(1);
  });

  it('deletes a colleague’s imported set with its comments, and brings it back', async () => {
    await seed();
    const before = await everything();
    const { history } = newHistory();
    await history.apply(await importedSetDeletion(colleague));
    const after = await everything();
    expect(after['annotationPacks']).toEqual([]);
    expect(after['annotationPackIds']).toEqual([]);
    expect(after['comments']).toEqual([]);
    expect(after['analysts']).toHaveLength(1);
    expect(after['annotations']).toHaveLength(2); // the analyst's own stay
    await history.undo();
    expect(await everything()).toEqual(before);
  });

  it('archives an article and undo unarchives it', async () => {
    const { a } = await seed();
    const { history } = newHistory();
    await history.apply(archiving((await db.articles.get(a))!, true));
    expect((await db.articles.get(a))?.archived).toBe(true);
    await history.undo();
    expect(await db.articles.get(a)).not.toHaveProperty('archived');
  });

  it('purges what is older than its retention', async () => {
    const { a, b } = await seed();
    const { history } = newHistory();
    await history.apply(await articleDeletion([a], new Date('2026-01-01T00:00:00Z')));
    await history.apply(await articleDeletion([b]));
    expect(await purgeExpiredTrash(new Date('2026-02-15T00:00:00Z'))).toEqual(['Accueil']);
    expect(await db.trash.count()).toBe(1);
  });
});

describe('the stored undo history', () => {
  it('undoes after a restart, on the same rows, checking them first', async () => {
    const { a } = await seed();
    const first = newHistory();
    const tag = spanAnnotationOf('new-1', a, TEXT_A, 44, 52);
    await first.history.apply(creation('Tag “Person”', [tag]));
    await first.history.apply(await articleDeletion([a]));

    // A restart: a new history reads the journal.
    const second = newHistory();
    await second.history.restore(await second.journal.load());
    expect(second.history.getState()).toEqual({
      undoLabel: 'Delete “Accueil”',
      redoLabel: null,
    });
    expect(await second.history.undo()).toBe('Delete “Accueil”');
    expect(await db.annotations.get(tag.id)).toEqual(tag);
    expect(await second.history.undo()).toBe('Tag “Person”');
    expect(await db.annotations.get(tag.id)).toBeUndefined();

    // The redo stack survives too, in its order.
    const third = newHistory();
    await third.history.restore(await third.journal.load());
    expect(third.history.getState()).toEqual({ undoLabel: null, redoLabel: 'Tag “Person”' });
    expect(await third.history.redo()).toBe('Tag “Person”');
    expect(third.history.getState().redoLabel).toBe('Delete “Accueil”');

    // A row changed outside the history: the stored step refuses to overwrite it.
    await db.annotations.update(tag.id, { note: 'changed elsewhere' });
    await expect(third.history.undo()).rejects.toThrow(/changed since/);
    expect((await db.annotations.get(tag.id))?.note).toBe('changed elsewhere');
  });

  it('keeps a deleted article once on disk: in the trash, not again in the stored step', async () => {
    const { a } = await seed();
    const before = await everything();
    const storedSteps = async () => JSON.stringify(await db.undoSteps.toArray());
    const sentence = 'Le ministre a parlé de la coopération.';
    const { history } = newHistory();
    await history.apply(await articleDeletion([a]));
    expect(JSON.stringify(await db.trash.toArray())).toContain(sentence);
    expect(await storedSteps()).not.toContain(sentence);

    // Undone, the trash row is gone: the step is the only keeper, and holds the rows.
    await history.undo();
    expect(await storedSteps()).toContain(sentence);
    await history.redo();
    expect(await storedSteps()).not.toContain(sentence);

    // After a restart the step reads its rows back from the trash, and undo is exact.
    const restarted = newHistory();
    await restarted.history.restore(await restarted.journal.load());
    expect(await restarted.history.undo()).toBe('Delete “Accueil”');
    expect(await everything()).toEqual(before);
  });

  it('forgets a delete step once the trash has emptied itself of what it deleted', async () => {
    const { a, b } = await seed();
    const { history } = newHistory();
    await history.apply(await articleDeletion([a], new Date('2026-01-01T00:00:00Z')));
    await history.apply(await articleDeletion([b]));
    await purgeExpiredTrash(new Date('2026-02-15T00:00:00Z'));

    // Both are labelled by their first line, the site's menu: one step is left, b's.
    const restarted = newHistory();
    const stored = await restarted.journal.load();
    expect(stored.undo).toHaveLength(1);
    await restarted.history.restore(stored);
    await restarted.history.undo();
    expect(await db.articles.get(b)).toBeDefined();
    expect(await db.articles.get(a)).toBeUndefined();
  });

  it('keeps the newest steps up to its depth, and a new action drops the redo steps', async () => {
    const { a } = await seed();
    const journal = new UndoJournal(3);
    const history = new EditHistory(writeHistoryEdit, journal);
    for (let i = 0; i < 5; i += 1)
      await history.apply(creation(`Tag ${i}`, [spanAnnotationOf(`t${i}`, a, TEXT_A, i, i + 3)]));
    expect(await db.undoSteps.count()).toBe(3);
    await history.undo();
    await history.apply(creation('Tag 9', [spanAnnotationOf('t9', a, TEXT_A, 9, 12)]));
    const reloaded = new UndoJournal(3);
    const stored = await reloaded.load();
    expect(stored.undo.map((step) => step.label)).toEqual(['Tag 2', 'Tag 3', 'Tag 9']);
    expect(stored.redo).toEqual([]);
  });

  it('stores nothing when the change fails', async () => {
    const { a } = await seed();
    const { history } = newHistory();
    const tag = spanAnnotationOf('own-1', a, TEXT_A, 1, 4); // the id is taken
    await expect(history.apply(creation('Tag', [tag]))).rejects.toThrow();
    expect(await db.undoSteps.count()).toBe(0);
  });
});
