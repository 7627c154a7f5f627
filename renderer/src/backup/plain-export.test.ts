// @vitest-environment jsdom
/**
 * The export written without typeson is dexie-export-import's file byte for byte, for rows
 * of every shape the app stores (compound keys, keys to escape, nested values, text beyond
 * ASCII, chunks cut mid-table); a row typeson would mark sends the export to the library.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourcemarkDatabase } from '../db/db';
import { ORIGINAL_DATABASE_NAME } from './active-database';
import { exportWithLibrary, exportWorkspace, ROWS_PER_CHUNK } from './export-workspace';
import { exportPlain, isPlainJson } from './plain-export';
import { TableDigests } from './table-digest';
import { verifyBackup } from './verify-backup';

let database: SourcemarkDatabase;

beforeEach(async () => {
  for (const info of await indexedDB.databases()) if (info.name) await Dexie.delete(info.name);
  database = new SourcemarkDatabase(ORIGINAL_DATABASE_NAME);
});
afterEach(() => database.close());

const withoutTime = (text: string) => text.replace(/"createdAt":"[^"]*"/g, '"createdAt":""');

async function seed() {
  await database.transaction('rw', database.tables, async () => {
    await database
      .table('articles')
      .add({ id: 'a1', textSha256: 's', title: 'Ünïcødé “quoted” \\ \n' });
    await database.table('annotations').bulkAdd(
      // More than a chunk: the rows are cut into several, as the library cuts them.
      Array.from({ length: ROWS_PER_CHUNK + 7 }, (_, i) => ({
        id: `n${String(i).padStart(5, '0')}`,
        articleId: 'a1',
        author: 'me',
        span: { start: i, end: i + 1 },
        attributes: { tags: ['x', 'y'], score: -0.5, empty: null, no: false },
      })),
    );
    // Keys the library cannot carry, escaped on the way out (`escape-keys.ts`).
    await database
      .table('annotations')
      .add({ id: 'odd', articleId: 'a1', incomplete: 1, '': [2], '~': { '~incomplete': 3 } });
    // Members that are `undefined` (the library's rows of articles hold some), at any depth
    // and under keys typeson has to escape in its paths.
    await database.table('annotations').add({
      id: 'gaps',
      articleId: 'a1',
      note: undefined,
      'a.b~c': { deep: undefined, list: [1, undefined] },
      '': { incomplete: undefined },
    });
    for (let version = 1; version <= 3; version++)
      await database.table('codebookVersions').add({ codebookId: 'main', version, items: [] });
    await database.table('undoSteps').add({ at: 'now', step: { kind: 'x' } });
  });
}

describe('the export without typeson', () => {
  it('writes the library’s file byte for byte, with the same digests', async () => {
    await seed();
    const digests = new TableDigests();
    expect(await exportPlain(database, { rowsPerChunk: ROWS_PER_CHUNK, digests })).not.toBeNull();
    const plain = await exportWorkspace(database, { appVersion: '1' });
    const library = await exportWithLibrary(database, { appVersion: '1' });
    expect(withoutTime(await plain.file.text())).toBe(withoutTime(await library.file.text()));
    expect(plain.manifest.tables).toEqual(library.manifest.tables);
    // Read back without the importer, `undefined` members and all.
    expect(await verifyBackup(plain.file)).toMatchObject({ ok: true });
  });

  it('leaves a workspace holding a date to the library', async () => {
    await seed();
    await database.table('settings').put({ key: 'since', value: new Date(0) });
    const digests = new TableDigests();
    expect(await exportPlain(database, { rowsPerChunk: ROWS_PER_CHUNK, digests })).toBeNull();
    const exported = await exportWorkspace(database, { appVersion: '1' });
    expect(await exported.file.text()).toContain('"$types"');
  });

  it('takes as plain only what JSON spells as typeson leaves it', () => {
    expect(isPlainJson({ a: [1, 'b', null, true, { c: -0 }] })).toBe(true);
    expect(isPlainJson(Object.create(null))).toBe(true);
    expect(isPlainJson({ a: undefined, b: [undefined] })).toBe(true);
    for (const typed of [
      undefined,
      Number.NaN,
      // Holes.
      new Array(2),
      Object.assign([1], { extra: 2 }),
      new Date(0),
      new Uint8Array(2),
      new Map(),
      10n,
    ])
      expect(isPlainJson(typed)).toBe(false);
  });
});
