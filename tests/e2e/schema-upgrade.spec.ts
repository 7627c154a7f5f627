/**
 * Schema migrations in real Chromium: a database of every earlier schema version (made by
 * the real code of that version: scripts/make-schema-fixtures.mjs) is created in the page
 * at its own version, then the app opens it with the current schema. Every row must be
 * there as it was, and what the upgrades derive (the site-chrome index of version 5) must
 * be what the current code counts. A database of a newer app opens read-only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { LibraryPage } from './pages/library-page';
import {
  folderOf,
  isPageDump,
  siteLinesOf,
  tallySitePages,
} from '../../renderer/src/library/site-lines';
import { derivedRows } from '../bench/derived-rows';
import type { Annotation } from '../../renderer/src/annotation/types';
import { packedAnnotations } from '../../renderer/src/db/packed-annotations';
import type { AnnotationPackRecord, ArticleRecord } from '../../renderer/src/db/records';

/** What the current code derives from a fixture: its library rows and annotation totals. */
function derivedFrom(fixture: DexieExport) {
  const rowsOf = (name: string) =>
    fixture.data.data.find((table) => table.tableName === name)?.rows ?? [];
  const annotations = [
    ...(rowsOf('annotations') as unknown as Annotation[]),
    ...(rowsOf('annotationPacks') as unknown as AnnotationPackRecord[]).flatMap(packedAnnotations),
  ];
  return derivedRows(rowsOf('articles') as unknown as ArticleRecord[], annotations);
}

const FIXTURES = join(process.cwd(), 'tests/fixtures/schema-versions');
const LOADER = '/__schema-fixture/loader.html';

interface DexieExport {
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
}

/** A same-origin page (so the same IndexedDB) that loads Dexie and dexie-export-import. */
async function routeLoader(page: Page): Promise<void> {
  await page.route('**/__schema-fixture/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'loader.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>fixture</title><script src="dexie.js"></script><script src="export-import.js"></script>',
      });
    const file =
      name === 'dexie.js'
        ? 'node_modules/dexie/dist/dexie.js'
        : 'node_modules/dexie-export-import/dist/dexie-export-import.js';
    return route.fulfill({ contentType: 'text/javascript', path: join(process.cwd(), file) });
  });
}

/** Replaces the origin's database by the fixture, created at the fixture's own version. */
async function plantFixture(page: Page, origin: string, json: string, fixture: DexieExport) {
  await page.goto(`${origin}${LOADER}`);
  const schema = Object.fromEntries(fixture.data.tables.map((table) => [table.name, table.schema]));
  await page.evaluate(
    async ({ json, schema, version }) => {
      const w = window as unknown as {
        Dexie: any; // eslint-disable-line @typescript-eslint/no-explicit-any
        DexieExportImport: {
          importInto(
            db: unknown,
            blob: Blob,
            options?: { acceptVersionDiff?: boolean },
          ): Promise<void>;
        };
      };
      await w.Dexie.delete('sourcemark');
      const db = new w.Dexie('sourcemark');
      db.version(version).stores(schema);
      await db.open();
      await w.DexieExportImport.importInto(db, new Blob([json]));
      db.close();
    },
    { json, schema, version: fixture.data.databaseVersion },
  );
}

/** Every store of the origin's database as stored, read with IndexedDB itself. */
async function readDatabase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; tables: Record<string, unknown[]> }>((resolve, reject) => {
        const open = indexedDB.open('sourcemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from({ length: idb.objectStoreNames.length }, (_, i) =>
            idb.objectStoreNames.item(i)!,
          );
          const tx = idb.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (tables[name] = request.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve({ version: idb.version, tables });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

// `$types` is dexie-export-import's note of a value's type in the file, not a stored field.
const withoutTypes = (row: unknown) => {
  if (row === null || typeof row !== 'object' || !('$types' in row)) return row;
  const { $types: _types, ...fields } = row as Record<string, unknown>;
  return fields;
};
const sortRows = (rows: unknown[]) => rows.map((row) => JSON.stringify(withoutTypes(row))).sort();

type Row = Record<string, unknown>;

/**
 * A text row as version 10 parts it (written out here, not taken from the app): the text
 * stays with a note of a page text, the original and page text move to `articleOriginals`.
 */
function partedText(row: Row): { text: Row; original: Row } {
  const { original, pageText, ...text } = withoutTypes(row) as Row;
  return {
    text: pageText === undefined ? text : { ...text, hasPageText: true },
    original: {
      articleId: row['articleId'],
      original,
      ...(pageText === undefined ? {} : { pageText }),
    },
  };
}

/** The fixture's tables as the current schema holds them: texts parted, in the trash too. */
function expectedTables(fixture: DexieExport): Map<string, Row[]> {
  const tables = new Map(fixture.data.data.map((table) => [table.tableName, table.rows]));
  const texts = (tables.get('articleTexts') ?? []).map(partedText);
  tables.set(
    'articleTexts',
    texts.map((part) => part.text),
  );
  tables.set(
    'articleOriginals',
    texts.map((part) => part.original),
  );
  const trash = tables.get('trash');
  if (trash)
    tables.set(
      'trash',
      trash.map((record) => {
        const rows = record['rows'] as Record<string, Row[]>;
        const parts = (rows['articleTexts'] ?? []).map(partedText);
        return {
          ...(withoutTypes(record) as Row),
          rows: {
            ...rows,
            articleTexts: parts.map((part) => part.text),
            articleOriginals: parts.map((part) => part.original),
          },
        };
      }),
    );
  return tables;
}

// Written at start by the app itself (its analyst, its codebook): more rows may be there.
const STARTUP_TABLES = new Set(['settings', 'analysts', 'codebookVersions']);
// Derived from the others, in the current version's shape: compared with a fresh derivation.
const DERIVED_TABLES = new Set([
  'articleRows',
  'articleTallies',
  'spanBuckets',
  'authorTotals',
  'articleCounts',
]);

test('every earlier schema version opens with the current schema, every row intact', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await routeLoader(page);
  for (let version = 1; version <= 9; version += 1) {
    const json = await readFile(join(FIXTURES, `schema-v${version}.json`), 'utf8');
    const fixture = JSON.parse(json) as DexieExport;
    await plantFixture(page, app.bridge.origin, json, fixture);

    await page.goto(`${app.bridge.origin}/`);
    await expect(new LibraryPage(page).rows()).toHaveCount(3);
    const stored = await readDatabase(page);
    expect(stored.version, `v${version} upgraded to the current version`).toBe(120);
    for (const table of ['trash', 'undoSteps', 'savedQueries', 'searchIndex', 'articleStatuses'])
      expect(stored.tables[table], `v${version}: ${table} exists`).toBeDefined();

    for (const [tableName, rows] of expectedTables(fixture)) {
      if (DERIVED_TABLES.has(tableName)) continue;
      const actual = sortRows(stored.tables[tableName] ?? []);
      const expected = sortRows(rows);
      if (STARTUP_TABLES.has(tableName)) expect(actual).toEqual(expect.arrayContaining(expected));
      else expect(actual, `v${version}: every row of ${tableName}`).toEqual(expected);
    }

    // The library's rows and the annotation totals, as the current code derives them.
    const derived = derivedFrom(fixture);
    expect(sortRows(stored.tables['articleRows']!), `v${version}: library rows`).toEqual(
      sortRows(derived.articleRows as unknown as Record<string, unknown>[]),
    );
    expect(sortRows(stored.tables['articleTallies']!), `v${version}: totals`).toEqual(
      sortRows(derived.articleTallies as unknown as Record<string, unknown>[]),
    );
    expect(sortRows(stored.tables['spanBuckets']!), `v${version}: span buckets`).toEqual(
      sortRows(derived.spanBuckets as unknown as Record<string, unknown>[]),
    );
    expect(sortRows(stored.tables['authorTotals']!), `v${version}: author totals`).toEqual(
      sortRows(derived.authorTotals as unknown as Record<string, unknown>[]),
    );
    expect(sortRows(stored.tables['articleCounts']!), `v${version}: article counts`).toEqual(
      sortRows(derived.articleCounts as unknown as Record<string, unknown>[]),
    );

    // The site-chrome index, as the current code counts the fixture's page dumps.
    const articles = fixture.data.data.find((table) => table.tableName === 'articles')!.rows;
    const texts = fixture.data.data.find((table) => table.tableName === 'articleTexts')!.rows;
    const pages = articles.flatMap((article) => {
      const text = texts.find((row) => row['articleId'] === article['id'])!['text'] as string;
      return isPageDump(article['format'] as never)
        ? [{ folder: folderOf(article['sourcePath'] as string), lines: siteLinesOf(text) }]
        : [];
    });
    const tally = tallySitePages(pages);
    expect(stored.tables['siteFolders'], `v${version}: site folders`).toEqual(
      [...tally].map(([folder, t]) => ({ folder, pages: t.pages })),
    );
    expect(sortRows(stored.tables['siteLines']!), `v${version}: site lines`).toEqual(
      sortRows(
        [...tally].flatMap(([folder, t]) =>
          [...t.lines].map(([line, n]) => ({ folder, line, pages: n })),
        ),
      ),
    );
  }
  expect(app.pageErrors).toEqual([]);
});

test('a database from a newer app opens read-only, with a clear message, and refuses writes', async ({
  app,
}) => {
  const page = app.page;
  await routeLoader(page);
  const json = await readFile(join(FIXTURES, 'schema-v6.json'), 'utf8');
  const fixture = JSON.parse(json) as DexieExport;
  // The v6 rows, in a database a future app upgraded to version 13 with a table of its own.
  await page.goto(`${app.bridge.origin}${LOADER}`);
  const schema = Object.fromEntries(fixture.data.tables.map((table) => [table.name, table.schema]));
  // A future app keeps the library's rows and totals, as this one does: planted beside.
  const derived = derivedFrom(fixture);
  await page.evaluate(
    async ({ json, schema, derived }) => {
      const w = window as unknown as {
        Dexie: any; // eslint-disable-line @typescript-eslint/no-explicit-any
        DexieExportImport: {
          importInto(
            db: unknown,
            blob: Blob,
            options?: { acceptVersionDiff?: boolean },
          ): Promise<void>;
        };
      };
      await w.Dexie.delete('sourcemark');
      const db = new w.Dexie('sourcemark');
      db.version(13).stores({
        ...schema,
        trash: 'id, kind, deletedAt, purgeAfter',
        undoSteps: '++seq',
        savedQueries: 'id, name',
        searchIndex: 'key',
        articleStatuses: '[articleId+analyst], articleId, analyst, status',
        articleTallies: 'articleId, [articleId+total]',
        articleRows: 'id, addedAt',
        spanBuckets: '[articleId+bucket]',
        articleOriginals: 'articleId',
        authorTotals: 'author',
        articleCounts: '[articleId+total]',
        somethingNew: 'id',
      });
      await db.open();
      // The file is version 6; this database is a future app's version 13.
      await w.DexieExportImport.importInto(db, new Blob([json]), { acceptVersionDiff: true });
      await db.table('articleRows').bulkPut(derived.articleRows);
      await db.table('articleTallies').bulkPut(derived.articleTallies);
      await db.table('spanBuckets').bulkPut(derived.spanBuckets);
      await db.table('authorTotals').bulkPut(derived.authorTotals);
      await db.table('articleCounts').bulkPut(derived.articleCounts);
      db.close();
    },
    { json, schema, derived },
  );

  const planted = await readDatabase(page);

  await page.goto(`${app.bridge.origin}/`);
  const banner = page.getByRole('alert').filter({ hasText: 'Read-only.' });
  await expect(banner).toContainText('saved by a newer version of Sourcemark (database version 13');
  const library = new LibraryPage(page);
  await expect(library.rows()).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('read-only-1280.png') });

  // A delete is refused with the reason, and the row stays.
  await library.rows().first().focus();
  await page.keyboard.press('Delete');
  await expect(
    page.getByText(/Nothing was changed: This workspace was saved by a newer version/),
  ).toBeVisible();
  await expect(library.rows()).toHaveCount(3);

  // Search works over it: its worker opens the database the same way, keeps its index in
  // memory and writes nothing.
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search query' });
  await box.fill('Caspienne');
  await box.press('Enter');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem'),
  ).toHaveCount(1, { timeout: 30_000 });

  // Byte for byte as planted: the version (Dexie would patch 13 to 13.1 to add an index this
  // app declares), every store and every row.
  await page.waitForTimeout(4_000); // past the search index's 3 s save delay
  const stored = await readDatabase(page);
  expect(stored.version).toBe(130);
  expect(stored).toEqual(planted);
  expect(app.pageErrors.filter((error) => !/read-only|newer version/i.test(error))).toEqual([]);
});
