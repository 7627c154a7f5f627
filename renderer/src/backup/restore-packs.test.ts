// @vitest-environment jsdom
/**
 * A restore that writes many annotation rows stores them as packs held as rows
 * (`row-packs.ts`): read back through every storage reader as they were, edited as rows,
 * totalled as before, backed up as the rows they are, and compared row by row by the next
 * restore in place.
 */
import 'fake-indexeddb/auto';
import { cmp, Dexie } from 'dexie';
import type * as DexieModule from 'dexie';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { StaleChangeError, writeEdit } from '../store/annotation-repository';
import { getAnnotations, getArticleAnnotations } from '../store/annotation-storage';
import { update } from '../store/change-set';
import { spanAnnotationOf } from '../testing/annotation-records';
import { createFakeHost, type FakeHost } from '../testing/fake-host';
import { storeAsImported } from '../testing/imported-annotations';
import { storedAndRecounted } from '../testing/recounted-totals';
import { restoreWorkspace } from './restore-workspace';
import { ROW_PACK_MIN } from './row-packs';
import { writeBackup } from './write-backup';

// Dexie's `cmp` counted: the merge must not compare keys a call per row (`key-order.ts`).
vi.mock('dexie', async (importOriginal) => {
  const dexie = await importOriginal<typeof DexieModule>();
  return { ...dexie, cmp: vi.fn(dexie.cmp) };
});

const ARTICLES = 5;
/** Enough rows of the analyst's own that a restore packs them (`ROW_PACK_MIN`). */
const PER_ARTICLE = Math.ceil(ROW_PACK_MIN / ARTICLES) + 100;
const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Ankara. '.repeat(80);
const ME = 'me' as AuthorId;

let host: FakeHost;

beforeEach(async () => {
  db.close();
  for (const info of await indexedDB.databases()) if (info.name) await Dexie.delete(info.name);
  localStorage.clear();
  host = createFakeHost();
  await db.open();
});
afterAll(() => db.close());

const articleId = (a: number) => `art-${a}` as ArticleId;
const span = (id: string, a: number, n: number, author: AuthorId = ME): Annotation =>
  spanAnnotationOf(id, articleId(a), TEXT, (n * 7) % 5000, ((n * 7) % 5000) + 12, { author });

/**
 * The analyst's own rows on every article, a colleague's rows on the first, and an
 * imported set (packs) on the second: every stored form a backup holds.
 */
async function seed(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (let a = 0; a < ARTICLES; a++) {
      await db.articles.add({
        id: articleId(a),
        textSha256: `sha-${a}`,
        title: `Article ${a}`,
        addedAt: '2026-01-01T00:00:00.000Z',
      } as never);
      await db.articleTexts.add({ articleId: articleId(a), text: TEXT } as never);
      await db.annotations.bulkAdd(
        Array.from({ length: PER_ARTICLE }, (_, n) => span(`a${a}-n${n}`, a, n)),
      );
    }
    await db.annotations.bulkAdd(
      Array.from({ length: 30 }, (_, n) => span(`col-${n}`, 0, n, 'colleague' as AuthorId)),
    );
  });
  await storeAsImported(
    Array.from({ length: 40 }, (_, n) => span(`imp-${n}`, 1, n, 'imported' as AuthorId)),
  );
}

async function backUp(): Promise<string> {
  const written = await writeBackup(
    host.api,
    db,
    { kind: 'file', suggestedName: 'b' },
    { appVersion: '1.2.3' },
  );
  return new TextDecoder().decode(host.backups.files.get(written!.entry.path)!.bytes);
}

/** Every row of every table gone, as on a new machine (without the app's middlewares). */
async function emptyWorkspace(): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  await raw.transaction('rw', raw.tables, () => Promise.all(raw.tables.map((t) => t.clear())));
  raw.close();
}

const withoutTimestamps = (text: string) => text.replace(/"createdAt":"[^"]*"/g, '"createdAt":"-"');
const asBackup = (text: string) =>
  withoutTimestamps(text)
    .replace(/"appVersion":"[^"]*"/, '"appVersion":"-"')
    .replace('"reason":"before-restore",', '');
const byId = (rows: readonly Annotation[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function everyArticle(): Promise<Annotation[][]> {
  const lists: Annotation[][] = [];
  for (let a = 0; a < ARTICLES; a++) lists.push(byId(await getArticleAnnotations(articleId(a))));
  return lists;
}

async function expectTotalsRecounted(): Promise<void> {
  const totals = await storedAndRecounted();
  expect(totals.stored).toEqual(totals.recounted);
  expect(totals.storedBuckets).toEqual(totals.recountedBuckets);
  expect(totals.storedAuthors).toEqual(totals.recountedAuthors);
}

async function restore(file: string) {
  const outcome = await restoreWorkspace(host.api, db, new Blob([file]));
  if (outcome.kind !== 'restored') throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** The seeded workspace backed up, emptied and restored from that file (its rows packed). */
async function restoredIntoEmptied(): Promise<string> {
  await seed();
  const file = await backUp();
  await emptyWorkspace();
  await restore(file);
  return file;
}

describe('a restore into an emptied workspace', () => {
  it('stores the annotation rows as packs, read back, totalled and backed up as the rows they were', async () => {
    await seed();
    const before = await everyArticle();
    const file = await backUp();
    await emptyWorkspace();

    await restore(file);

    expect(await db.annotations.count()).toBe(0);
    const lists = await db.annotationPackIds.toArray();
    // A pack per article and author, the colleague's rows too, in key order.
    expect(lists.filter((list) => list.heldAsRows).map((l) => [l.articleId, l.author])).toEqual([
      [articleId(0), 'colleague'],
      ...Array.from({ length: ARTICLES }, (_, a) => [articleId(a), ME]),
    ]);
    // The imported set stays an imported set.
    expect(lists.filter((list) => !list.heldAsRows).map((l) => l.author)).toEqual(['imported']);
    expect(await everyArticle()).toEqual(before);
    const ids = ['a0-n0', 'a3-n17', 'col-5', 'imp-3'] as AnnotationId[];
    expect(await getAnnotations(ids)).toEqual(
      ids.map((id) => before.flat().find((row) => row.id === id)),
    );
    await expectTotalsRecounted();
    expect(withoutTimestamps(await backUp())).toBe(withoutTimestamps(file));
  }, 60_000);

  it('edits a restored annotation of the analyst’s own as a row: its pack becomes rows', async () => {
    await restoredIntoEmptied();

    expect(await db.annotationPacks.get([articleId(2), ME])).toMatchObject({ heldAsRows: true });
    const [row] = (await getAnnotations(['a2-n5' as AnnotationId])) as Annotation[];
    await writeEdit(update('note', [row!], [{ ...row!, note: 'checked' }]));

    expect(await db.annotations.where('articleId').equals(articleId(2)).count()).toBe(PER_ARTICLE);
    expect(await db.annotationPacks.get([articleId(2), ME])).toBeUndefined();
    expect((await getAnnotations(['a2-n5' as AnnotationId]))[0]?.note).toBe('checked');
    // The edit checked the stored row: a stale one is refused.
    await expect(writeEdit(update('note', [row!], [{ ...row!, note: 'x' }]))).rejects.toThrow(
      StaleChangeError,
    );
    await expectTotalsRecounted();
  }, 60_000);
});

describe('a restore in place over packs of rows', () => {
  it('compares their rows with the backup’s, writing and deleting only what differs', async () => {
    await seed();
    const first = await backUp();
    // A day's work: one note edited, one annotation deleted, one added.
    const [edited, deleted] = (await getAnnotations([
      'a1-n1',
      'a4-n9',
    ] as AnnotationId[])) as Annotation[];
    await db.annotations.put({ ...edited!, note: 'edited' });
    await db.annotations.delete(deleted!.id);
    await db.annotations.add(span('later-1', 3, 3));
    const later = await backUp();
    await emptyWorkspace();
    await restore(first);

    // The same backup again: every packed row is as the backup holds it.
    const again = await restore(first);
    expect(again.counts).toMatchObject({ written: 0, deleted: 0 });
    expect(await db.annotations.count()).toBe(0);

    const outcome = await restore(later);
    // The snapshot of the workspace replaced is its backup: its packed rows as rows.
    const snapshot = host.backups.files.get(outcome.snapshot!.path)!;
    expect(asBackup(new TextDecoder().decode(snapshot.bytes))).toBe(asBackup(first));
    expect(withoutTimestamps(await backUp())).toBe(withoutTimestamps(later));
    // Two rows to write are too few to pack: rows; the packs they left are rewritten.
    expect((await db.annotations.toArray()).map((row) => row.id).sort()).toEqual([
      'a1-n1',
      'later-1',
    ]);
    const packed = (await db.annotationPackIds.get([articleId(4), ME]))!.annotationIds;
    expect(packed).toHaveLength(PER_ARTICLE - 1);
    expect(packed).not.toContain('a4-n9');
    expect((await db.annotationPackIds.get([articleId(1), ME]))!.annotationIds).not.toContain(
      'a1-n1',
    );
    await expectTotalsRecounted();
  }, 120_000);

  it('orders the packed rows and checks the file’s key order without a call to compare keys per row', async () => {
    const file = await restoredIntoEmptied();
    const packedRows = (await db.annotationPackIds.toArray()).reduce(
      (sum, list) => sum + (list.heldAsRows ? list.annotationIds.length : 0),
      0,
    );
    expect(packedRows).toBeGreaterThan(ROW_PACK_MIN);

    vi.mocked(cmp).mockClear();
    const browserCmp = vi.spyOn(indexedDB, 'cmp');
    let again;
    try {
      again = await restore(file);
    } finally {
      browserCmp.mockRestore();
    }
    expect(again.counts).toMatchObject({ written: 0, deleted: 0 });
    // Sorting the packed rows with `cmp` and checking each of the file's keys with
    // `indexedDB.cmp` made ~11,000 calls here; their ids are strings, compared in script.
    expect(vi.mocked(cmp).mock.calls.length + browserCmp.mock.calls.length).toBeLessThan(
      packedRows / 10,
    );
  }, 120_000);

  it('reads the packs of rows once: the merge of the packs’ table reads only the others', async () => {
    const file = await restoredIntoEmptied();
    // Packs read (by key, range or page), held as rows or not.
    const read = { heldAsRows: 0, imported: 0 };
    const spies = (['get', 'getAll'] as const).map((method) => {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        const request = original.apply(this, args);
        if (this.name === 'annotationPacks')
          request.addEventListener('success', () => {
            const result = request.result as { heldAsRows?: boolean } | undefined;
            for (const pack of Array.isArray(result) ? result : [result])
              if (pack) read[pack.heldAsRows ? 'heldAsRows' : 'imported']++;
          });
        return request;
      });
    });
    let again;
    try {
      again = await restore(file);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(again.counts).toMatchObject({ written: 0, deleted: 0 });
    // The imported set's pack is compared with the file's; the six packs of rows are read
    // by `readRowPacks` (and were read again by the merge of their table).
    expect(read).toEqual({ heldAsRows: 6, imported: 1 });
  }, 120_000);

  it('parses each stored pack once: its snapshot is made from the packed rows the restore compares', async () => {
    await seed();
    const first = await backUp();
    await db.annotations.put({
      ...(await getAnnotations(['a2-n2' as AnnotationId]))[0]!,
      note: 'x',
    });
    const later = await backUp();
    await emptyWorkspace();
    await restore(first);
    const before = await everyArticle();
    const packJsons = new Set(
      (await db.annotationPacks.toArray()).flatMap((pack) =>
        'annotationsJson' in pack && pack.heldAsRows ? [pack.annotationsJson] : [],
      ),
    );
    expect(packJsons.size).toBe(ARTICLES + 1);

    const parse = vi.spyOn(JSON, 'parse');
    let outcome;
    let packsParsed;
    try {
      outcome = await restore(later);
      packsParsed = parse.mock.calls.filter(([text]) => packJsons.has(text)).length;
    } finally {
      parse.mockRestore();
    }
    // A snapshot taken by a backup before the restore parsed every pack a second time.
    expect(packsParsed).toBe(packJsons.size);

    // The snapshot restores to exactly the workspace replaced.
    const snapshot = host.backups.files.get(outcome.snapshot!.path)!;
    await restore(new TextDecoder().decode(snapshot.bytes));
    expect(await everyArticle()).toEqual(before);
    expect(withoutTimestamps(await backUp())).toBe(withoutTimestamps(first));
    await expectTotalsRecounted();
  }, 120_000);

  it('snapshots packed rows past the backup’s last row among the stored rows they fall between', async () => {
    // A backup holding one annotation, before every other one in key order.
    await db.annotations.add(span('0-first', 0, 0));
    const small = await backUp();
    await emptyWorkspace();
    await restoredIntoEmptied();
    // Rows between the packed ones, over more than one page of the rows past the backup's
    // last row (`FINISH_PAGE_ROWS`).
    await db.annotations.bulkAdd(
      Array.from({ length: 2500 }, (_, n) => span(`a${n % ARTICLES}-n${n}-row`, n % ARTICLES, n)),
    );
    expect(await db.annotationPackIds.filter((list) => list.heldAsRows === true).count()).toBe(
      ARTICLES + 1,
    );
    const replaced = await backUp();

    const outcome = await restore(small);
    expect(await db.annotations.count()).toBe(1);
    const snapshot = host.backups.files.get(outcome.snapshot!.path)!;
    expect(asBackup(new TextDecoder().decode(snapshot.bytes))).toBe(asBackup(replaced));
  }, 120_000);
});
