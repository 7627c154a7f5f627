/**
 * Crash tests: the browser is killed while a backup, then a restore, is under way. The
 * backup file is then complete and verified, or named `.incomplete`; the workspace is the
 * old one or the restored one, never a mix, and a half-made restore database is gone after
 * the next start.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SourcemarkApp, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { startBridgeProcess } from './support/bridge-process';
import { BackupPage } from './pages/backup-page';
import { LibraryPage } from './pages/library-page';
import { emptyActiveWorkspace } from '../shared/empty-workspace';

// Big enough that a backup or restore takes seconds in Chromium here, so it can be cut.
const ANNOTATIONS = 40_000;

let configDir: string;
let app: SourcemarkApp;

test.beforeEach(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-config-'));
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
  app = new SourcemarkApp(await startBridgeProcess([], { configDir }), profile);
});
test.afterEach(async () => {
  await app.close();
  await rm(configDir, { recursive: true, force: true });
});

/** Adds `count` annotations (ids from `first`) to the workspace database, in one transaction. */
function seedAnnotations(page: Page, first: number, count: number): Promise<void> {
  return page.evaluate(
    ({ first, count }) =>
      new Promise<void>((resolve, reject) => {
        const name = localStorage.getItem('sourcemark.activeDatabase') ?? 'sourcemark';
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          const store = tx.objectStore('annotations');
          for (let i = first; i < first + count; i++)
            store.put({
              id: `seeded-${i}`,
              articleId: 'seeded',
              author: 'me',
              itemId: 'claim',
              kind: 'span',
              span: { start: i, end: i + 5 },
              note: `note ${i} `.repeat(40),
            });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { first, count },
  );
}

/** Rows per table of the active workspace database, and the workspace databases present. */
function workspaceState(page: Page) {
  return page.evaluate(async () => {
    const name = localStorage.getItem('sourcemark.activeDatabase') ?? 'sourcemark';
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (table: string) =>
      new Promise<number>((resolve) => {
        const request = database.transaction(table).objectStore(table).count();
        request.onsuccess = () => resolve(request.result);
      });
    const state = { articles: await count('articles'), annotations: await count('annotations') };
    database.close();
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    return {
      ...state,
      databases: names.filter((n) => n.startsWith('sourcemark-restored-') || n === 'sourcemark'),
    };
  });
}

/** The workspace's annotations: rows, and those held in packs (by their id lists). */
function annotationsHeld(page: Page) {
  return page.evaluate(async () => {
    const name = localStorage.getItem('sourcemark.activeDatabase') ?? 'sourcemark';
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const tx = database.transaction(['annotations', 'annotationPackIds']);
    const rows = await read(tx.objectStore('annotations').count());
    const lists = (await read(tx.objectStore('annotationPackIds').getAll())) as {
      annotationIds: string[];
    }[];
    database.close();
    return { rows, packed: lists.reduce((sum, list) => sum + list.annotationIds.length, 0) };
  });
}

/** Opens the app, adds `ANNOTATIONS` annotations and backs the workspace up. */
async function seededAndBackedUp() {
  const library = new LibraryPage(await app.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await seedAnnotations(app.page, 0, ANNOTATIONS);
  const backup = new BackupPage(app.page);
  await backup.open();
  const path = await backup.backUp();
  await backup.close();
  return { library, backup, path };
}

/**
 * Restores the backup at `path` from the open Backups dialog, kills the browser once rows are
 * being imported, and restarts the app on its library.
 */
async function restoreKilledWhileImporting(backup: BackupPage, path: string): Promise<void> {
  await backup.chooseFile(path);
  await backup.restore(/Restore the backup file sourcemark-backup/);
  await expect(backup.progress).toContainText(/Importing and verifying: [1-9]/, {
    timeout: 60_000,
  });
  await app.quitBrowser();
  await new LibraryPage(await app.restart()).expectTitles([
    SAMPLE_TITLES.azertac,
    SAMPLE_TITLES.opinion,
  ]);
}

/** Bytes in the backup folder's unfinished files (0 while there are none). */
async function bytesOnDisk(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const sizes = await Promise.all(
    names
      .filter((name) => name.endsWith('.incomplete'))
      .map((name) =>
        stat(join(folder, name)).then(
          (found) => found.size,
          () => 0,
        ),
      ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

test('a backup killed while it writes leaves a file marked incomplete, and the workspace whole', async () => {
  test.setTimeout(180_000);
  const library = new LibraryPage(await app.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await seedAnnotations(app.page, 0, ANNOTATIONS);
  const before = await workspaceState(app.page);

  const backup = new BackupPage(app.page);
  await backup.open();
  await backup.startBackup();
  // Killed once the file has bytes on disk: chunks are written while the rows are still read.
  await expect
    .poll(() => bytesOnDisk(join(configDir, 'backups')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  await app.quitBrowser();

  const names = await readdir(join(configDir, 'backups'));
  expect(names).toHaveLength(1);
  if (!names[0]!.endsWith('.incomplete')) {
    // It finished in the instant before the kill: then it is complete and verified.
    const text = await readFile(join(configDir, 'backups', names[0]!), 'utf8');
    expect(text).toContain(`"name":"annotations","rows":${before.annotations}`);
  } else expect(names[0]).toMatch(/\.sourcemark-backup\.json\.incomplete$/);

  const reopened = new LibraryPage(await app.restart());
  await reopened.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  expect(await workspaceState(app.page)).toEqual(before);
});

test('a restore killed while it imports leaves the old workspace or the restored one, never a mix', async () => {
  test.setTimeout(420_000);
  const { backup, path } = await seededAndBackedUp();
  const backedUp = await workspaceState(app.page);
  // Work after the backup, so the two workspaces differ.
  await seedAnnotations(app.page, ANNOTATIONS, 500);
  const current = await workspaceState(app.page);

  await backup.open();
  await restoreKilledWhileImporting(backup, path);
  const after = await workspaceState(app.page);
  const counts = { articles: after.articles, annotations: after.annotations };
  expect([
    { articles: current.articles, annotations: current.annotations },
    { articles: backedUp.articles, annotations: backedUp.annotations },
  ]).toContainEqual(counts);
  // Only the active database is left: the half-made one was removed at start.
  expect(after.databases).toHaveLength(1);
});

test('a restore into an emptied workspace killed while it imports leaves it empty or restored whole, its rows in packs', async () => {
  test.setTimeout(420_000);
  // Enough rows that the restore stores them as packs (`backup/row-packs.ts`).
  const { backup, path } = await seededAndBackedUp();
  await app.page.evaluate(emptyActiveWorkspace);
  await app.page.reload();

  await backup.open();
  await restoreKilledWhileImporting(backup, path);
  const held = await annotationsHeld(app.page);
  // None, or all of them and every one in a pack: never some.
  expect([
    { rows: 0, packed: 0 },
    { rows: 0, packed: ANNOTATIONS },
  ]).toContainEqual(held);
});

test('a restore over packs of rows killed while it imports leaves the old workspace or the restored one, and any snapshot whole', async () => {
  test.setTimeout(480_000);
  const { library, backup, path } = await seededAndBackedUp();
  await app.page.evaluate(emptyActiveWorkspace);
  await app.page.reload();
  // A restore into the emptied workspace stores the rows as packs; then a day's work as rows.
  await backup.open();
  await backup.chooseFile(path);
  await backup.restore(/Restore the backup file sourcemark-backup/);
  // The page loads again once the restore is done, then says so: seeding before that load
  // raced it (the page's context was destroyed mid-seed).
  await expect(app.page.getByText(/^Workspace restored and verified from /)).toBeVisible({
    timeout: 180_000,
  });
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await seedAnnotations(app.page, ANNOTATIONS, 500);
  expect(await annotationsHeld(app.page)).toEqual({ rows: 500, packed: ANNOTATIONS });

  // The same file again: its snapshot is made from the packed rows the restore reads.
  await backup.open();
  await restoreKilledWhileImporting(backup, path);
  expect([
    { rows: 500, packed: ANNOTATIONS },
    { rows: 0, packed: ANNOTATIONS },
  ]).toContainEqual(await annotationsHeld(app.page));
  // A snapshot kept is complete: an unfinished one is named `.incomplete`.
  const snapshots = join(configDir, 'snapshots');
  for (const name of await readdir(snapshots).catch(() => [] as string[]))
    if (!name.endsWith('.incomplete')) {
      const text = await readFile(join(snapshots, name), 'utf8');
      expect(text).toContain('"kind":"sourcemark-backup"');
    }
});
