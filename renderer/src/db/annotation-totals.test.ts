import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { addIngestedArticles } from '../library/article-repository';
import { writeChangeSet, writeEdit } from '../store/annotation-repository';
import { annotationTables } from '../store/annotation-storage';
import { creation, deletion, invertChangeSet, update } from '../store/change-set';
import { editLatest } from '../store/edit';
import { EditHistory } from '../store/edit-history';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { storeAsImported } from '../testing/imported-annotations';
import { storedAndRecounted } from '../testing/recounted-totals';
import { ingestedArticle } from '../testing/ingested-article';
import { writeHistoryEdit } from '../trash/history-write';
import { articleDeletion, importedSetDeletion, restoration } from '../trash/trash-changes';
import { UndoJournal } from '../undo/undo-journal';
import { db, SourcemarkDatabase } from './db';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Ankara.';
const colleague = 'colleague-1' as AuthorId;

async function expectTotalsRecounted(): Promise<void> {
  const totals = await storedAndRecounted();
  expect(totals.stored).toEqual(totals.recounted);
  expect(totals.storedBuckets).toEqual(totals.recountedBuckets);
  expect(totals.storedAuthors).toEqual(totals.recountedAuthors);
  expect(totals.storedCounts).toEqual(totals.recountedCounts);
}

async function addArticle(path: string): Promise<ArticleId> {
  const report = await addIngestedArticles([await ingestedArticle(path, `${path}\n${TEXT}`)]);
  const outcome = report.outcomes[0]!;
  if (outcome.kind !== 'added') throw new Error('not added');
  return outcome.id;
}

function newHistory() {
  return new EditHistory(writeHistoryEdit, new UndoJournal());
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('stored annotation totals', () => {
  it('follow the editor’s creations, updates and deletions, and their undo', async () => {
    const article = 'a1' as ArticleId;
    const first = spanAnnotationOf('m1', article, TEXT, 0, 12, {
      attributes: { verdict: 'false' },
    });
    const second = spanAnnotationOf('m2', article, TEXT, 5, 20, {
      itemId: 'technique.doubt' as never,
    });
    const profile = documentAnnotationOf('p1', article, 'document.profile', {
      attributes: { authorRole: 'elected-official' },
    });
    const created = creation('tag', [first, second, profile]);
    await writeChangeSet(created);
    await expectTotalsRecounted();
    const tally = (await db.articleTallies.get(article))!;
    expect(tally.total).toBe(3);
    expect(tally.roles).toEqual({ 'elected-official': 1 });
    expect(Object.values(tally.overlaps)).toEqual([1]);

    const moved = await writeEdit(
      editLatest(first, (latest) =>
        update('move', [latest], [{ ...latest, span: { start: 30, end: 40 }, attributes: {} }]),
      ),
    );
    await expectTotalsRecounted();
    expect((await db.articleTallies.get(article))!.overlaps).toEqual({});

    await writeChangeSet(invertChangeSet(moved));
    await expectTotalsRecounted();
    await writeChangeSet(deletion('delete', [second]));
    await expectTotalsRecounted();
    await writeChangeSet(deletion('the rest', [first, profile]));
    expect(await db.articleTallies.count()).toBe(0);
  });

  it('follow imported sets stored as packs, an edit that unpacks one, and its undo', async () => {
    const article = 'a1' as ArticleId;
    const theirs = [
      spanAnnotationOf('c1', article, TEXT, 16, 33, { author: colleague }),
      spanAnnotationOf('c2', article, TEXT, 20, 40, {
        author: colleague,
        itemId: 'technique.doubt' as never,
      }),
      documentAnnotationOf('c3', article, 'document.genre', { author: colleague }),
    ];
    await storeAsImported(theirs);
    expect(await db.annotationPacks.count()).toBe(1);
    await expectTotalsRecounted();
    expect((await db.articleTallies.get(article))!.byAuthor[colleague]).toBeDefined();

    await storeAsImported([spanAnnotationOf('c4', article, TEXT, 0, 5, { author: colleague })]);
    await expectTotalsRecounted();

    const change = await writeEdit(
      editLatest(theirs[0]!, (latest) => update('note', [latest], [{ ...latest, note: 'vu' }])),
    );
    expect(await db.annotationPacks.count()).toBe(0);
    await expectTotalsRecounted();
    await writeChangeSet(invertChangeSet(change));
    await expectTotalsRecounted();
    expect((await db.articleTallies.get(article))!.total).toBe(4);
  });

  it('count a new imported pack from the annotations it was made of, not by parsing its JSON back', async () => {
    const article = 'a1' as ArticleId;
    const theirs = [16, 20, 30].map((start, n) =>
      spanAnnotationOf(`p${n}`, article, TEXT, start, start + 5, { author: colleague }),
    );
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await storeAsImported(theirs);
      const packJson = JSON.stringify(theirs);
      expect(parse.mock.calls.filter(([text]) => text === packJson)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    await expectTotalsRecounted();
  });

  it('follow an article to the trash and back, and an imported set’s deletion', async () => {
    const a = await addArticle('/news/a.txt');
    const b = await addArticle('/news/b.txt');
    await writeChangeSet(creation('tag', [spanAnnotationOf('own', a, TEXT, 0, 5)]));
    await storeAsImported([
      spanAnnotationOf('col-a', a, TEXT, 2, 9, { author: colleague }),
      spanAnnotationOf('col-b', b, TEXT, 2, 9, { author: colleague }),
    ]);
    await db.analysts.add({ id: colleague, name: 'Ayla', role: 'colleague' });
    const before = await storedAndRecounted();
    const history = newHistory();

    await history.apply(await articleDeletion([a]));
    await expectTotalsRecounted();
    expect(await db.articleTallies.get(a)).toBeUndefined();
    await history.undo();
    await expectTotalsRecounted();
    expect((await storedAndRecounted()).stored).toEqual(before.stored);

    await history.apply(await articleDeletion([a]));
    const [record] = await db.trash.toArray();
    await history.apply(restoration(record!));
    await expectTotalsRecounted();

    await history.apply(await importedSetDeletion(colleague));
    await expectTotalsRecounted();
    expect((await db.articleTallies.get(b)) ?? null).toBeNull();
  });

  it('follow writes made directly: a range delete, a modify, and a partly refused bulk add', async () => {
    const article = 'a1' as ArticleId;
    const rows = [0, 10, 20].map((start, i) =>
      spanAnnotationOf(`r${i}`, article, TEXT, start, start + 15),
    );
    await db.annotations.bulkAdd(rows);
    await expectTotalsRecounted();

    await db.annotations
      .where('id')
      .equals('r1')
      .modify({ itemId: 'technique.doubt' as never });
    await expectTotalsRecounted();

    // A caught BulkError keeps the rows that were added: they, and only they, count.
    await db
      .transaction('rw', annotationTables(), async () => {
        await db.annotations
          .bulkAdd([rows[0]!, spanAnnotationOf('r3', article, TEXT, 1, 2)])
          .catch(() => undefined);
      })
      .catch(() => undefined);
    await expectTotalsRecounted();

    await db.annotations.where('id').startsWith('r').delete();
    await expectTotalsRecounted();
    await storeAsImported(rows.map((row) => ({ ...row, author: colleague })));
    await db.annotationPacks.clear();
    expect(await db.articleTallies.count()).toBe(0);
    expect(await db.authorTotals.count()).toBe(0);
  });

  it.each([7, 8])(
    'are counted by the schema upgrade from version %i’s rows and packs, spans in buckets',
    async (version) => {
      const name = `totals-upgrade-${version}`;
      await Dexie.delete(name);
      // The tables that hold annotations and totals, as versions 7 and 8 declared them.
      const old = new Dexie(name);
      old.version(version).stores({
        annotations:
          'id, articleId, [articleId+author], author, itemId, entityId, [articleId+span.start], [articleId+kind], [author+kind]',
        annotationPacks: '[articleId+author], articleId, author',
        ...(version === 8 ? { articleTallies: 'articleId, [articleId+total]' } : {}),
      });
      const article = 'a1' as ArticleId;
      const rows = [spanAnnotationOf('m1', article, TEXT, 0, 12)];
      const packed = [
        spanAnnotationOf('c1', article, TEXT, 5, 30, { author: colleague }),
        spanAnnotationOf('c2', 'a2' as ArticleId, TEXT, 5, 30, { author: colleague }),
      ];
      await old.table('annotations').bulkAdd(rows);
      await old.table('annotationPacks').bulkAdd([
        { articleId: article, author: colleague, annotationsJson: JSON.stringify([packed[0]]) },
        { articleId: 'a2', author: colleague, annotations: [packed[1]] },
      ]);
      if (version === 8) {
        // Version 8 kept the spans in the tally, and counted one of them here.
        await old.table('articleTallies').add({
          articleId: article,
          total: 1,
          byAuthor: {},
          verdicts: {},
          roles: {},
          spans: { 'claim.claim': [0, 12] },
          overlaps: {},
        });
      }
      old.close();

      const upgraded = new SourcemarkDatabase(name);
      try {
        const { stored, recounted, storedBuckets, recountedBuckets, ...authors } =
          await storedAndRecounted(upgraded);
        expect(authors.storedAuthors.length).toBe(2);
        expect(authors.storedAuthors).toEqual(authors.recountedAuthors);
        expect(authors.storedCounts.length).toBe(2);
        expect(authors.storedCounts).toEqual(authors.recountedCounts);
        expect(stored.size).toBe(2);
        expect(stored).toEqual(recounted);
        expect(stored.get(article)!.total).toBe(2);
        expect(stored.get(article)!.overlaps).toEqual({});
        expect(storedBuckets.size).toBe(2);
        expect(storedBuckets).toEqual(recountedBuckets);
      } finally {
        upgraded.close();
        await Dexie.delete(name);
      }
    },
  );

  it('store the changes of writes made while an update runs together: exact, in fewer rounds', async () => {
    const name = 'totals-turns';
    await Dexie.delete(name);
    const database = new SourcemarkDatabase(name);
    let tallyReads = 0;
    // Below the totals middleware (level 0 is closest to the database): sees its reads.
    database.use({
      stack: 'dbcore',
      name: 'count-tally-reads',
      level: 0,
      create: (down) => ({
        ...down,
        table: (table) => {
          const core = down.table(table);
          if (table !== 'articleTallies') return core;
          return { ...core, getMany: (request) => ((tallyReads += 1), core.getMany(request)) };
        },
      }),
    });
    try {
      // Ten colleagues' packs over the same two articles, written at once as an import
      // writes its batches.
      const articles = ['a1', 'a2'] as ArticleId[];
      const writes = Array.from({ length: 10 }, (_, n) =>
        articles.map((articleId) => ({
          articleId,
          author: `colleague-${n}` as AuthorId,
          annotations: [0, 1].map((m) =>
            spanAnnotationOf(`${articleId}-${n}-${m}`, articleId, TEXT, n + m * 9, n + m * 9 + 12, {
              author: `colleague-${n}` as AuthorId,
              itemId: `label-${(n + m) % 3}` as never,
            }),
          ),
        })),
      );
      await database.transaction('rw', database.annotationPacks, () =>
        Promise.all(writes.map((packs) => database.annotationPacks.bulkPut(packs))),
      );
      const { stored, recounted, storedBuckets, recountedBuckets, ...authors } =
        await storedAndRecounted(database);
      expect(authors.storedAuthors).toEqual(authors.recountedAuthors);
      expect(authors.storedCounts).toEqual(authors.recountedCounts);
      expect(stored).toEqual(recounted);
      expect(storedBuckets).toEqual(recountedBuckets);
      expect(stored.get('a1')!.total).toBe(20);
      // One update for the first write, one for the ten that came while it ran.
      expect(tallyReads).toBeLessThan(writes.length / 2);
    } finally {
      database.close();
      await Dexie.delete(name);
    }
  });

  it('count labels, analysts and values named like Object members as plain names', async () => {
    const article = 'a1' as ArticleId;
    const names = ['constructor', '__proto__', 'toString'];
    const annotations = names.map((name, i) =>
      spanAnnotationOf(`p${i}`, article, TEXT, i, i + 10, {
        itemId: name as never,
        author: name as AuthorId,
        attributes: { verdict: name },
      }),
    );
    await writeChangeSet(creation('tag', annotations));
    await storeAsImported([{ ...annotations[1]!, id: 'q1' as AnnotationId, author: colleague }]);
    await expectTotalsRecounted();
    const tally = (await db.articleTallies.get(article))!;
    expect(Object.getPrototypeOf(tally.verdicts)).toBe(Object.prototype);
    expect(tally.verdicts).toEqual({ constructor: 1, ['__proto__']: 2, toString: 1 });
    expect(Object.keys(tally.byAuthor).sort()).toEqual([...names, colleague].sort());
    await writeChangeSet(deletion('delete', annotations));
    await expectTotalsRecounted();
    expect((await db.articleTallies.get(article))!.total).toBe(1);
  });

  it('never count an annotation id twice as rows and packs are rewritten', async () => {
    const article = 'a1' as ArticleId;
    await writeChangeSet(creation('tag', [spanAnnotationOf('x', article, TEXT, 0, 4)]));
    await db.annotations.put(
      spanAnnotationOf('x', article, TEXT, 0, 4, { note: 'again' }) as Annotation,
    );
    expect((await db.articleTallies.get(article))!.total).toBe(1);
    expect(await db.annotations.get('x' as AnnotationId)).toBeDefined();
    await expectTotalsRecounted();
  });
});
