/**
 * Back up the whole workspace to a verified file and restore it, in real Chromium over the
 * real bridge: the file is written by main into browser mode's config folder, read back and
 * verified; restoring replaces the workspace whole after a snapshot of it; a file from a
 * newer schema, or one that fails verification, is refused with nothing changed.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, SourcemarkApp, test } from './support/app-fixture';
import { ArticleFiles, FRENCH_TEXT, SAMPLE_TITLES } from './support/article-files';
import { startBridgeProcess } from './support/bridge-process';
import { BackupPage } from './pages/backup-page';
import { LibraryPage } from './pages/library-page';
import { SetsPage } from './pages/sets-page';

const FRENCH_TITLE = 'Le corridor médian gagne en importance';
/** Where screenshots go: `SM_SCREENS` when set (to look at them), else the test's output. */
const shot = (name: string) =>
  process.env.SM_SCREENS ? join(process.env.SM_SCREENS, name) : test.info().outputPath(name);

let configDir: string;
let profile: string;
let files: ArticleFiles;
let app: SourcemarkApp;

test.beforeEach(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-config-'));
  profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
  files = await ArticleFiles.create();
  app = new SourcemarkApp(await startBridgeProcess([], { configDir }), profile);
});
test.afterEach(async () => {
  await app.close();
  await files.remove();
  await rm(configDir, { recursive: true, force: true });
});

test('backs up the workspace to a verified file, and restoring it brings that workspace back', async () => {
  const library = new LibraryPage(await app.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  const backup = new BackupPage(app.page);
  await backup.open();
  const path = await backup.backUp();
  expect(dirname(path)).toBe(join(configDir, 'backups'));
  expect(await readdir(join(configDir, 'backups'))).toEqual([basename(path)]);
  await expect(backup.dialog).toContainText('2 articles');
  await app.page.screenshot({ path: shot('backup-verified-1280.png') });
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await app.page.screenshot({ path: shot('backup-verified-1024.png') });
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const axe = await new AxeBuilder({ page: app.page }).include('.backup-dialog').analyze();
  expect(axe.violations).toEqual([]);
  await backup.close();

  // Work after the backup: a third article.
  await app.answerFileDialog([await files.write('corridor.txt', FRENCH_TEXT)]);
  await library.openFiles();
  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  await backup.open();
  await backup.chooseFile(path);
  await expect(backup.dialog.getByRole('row', { name: /File sourcemark-backup/ })).toContainText(
    /2 articles/,
  );
  await backup.restore(/Restore the backup file sourcemark-backup/);
  // The page loads again on the restored workspace, and says what the restore did.
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await expect(
    app.page.getByText(/^Workspace restored and verified from .*: \d+ rows? written, \d+ removed/),
  ).toBeVisible();

  // The workspace before the restore, with its third article, is a snapshot now.
  const snapshots = (await readdir(join(configDir, 'snapshots'))).filter((n) =>
    n.endsWith('-before-restore.sourcemark-backup.json'),
  );
  expect(snapshots).toHaveLength(1);
  expect(await readFile(join(configDir, 'snapshots', snapshots[0]!), 'utf8')).toContain(
    FRENCH_TITLE,
  );
  await backup.open();
  await expect(backup.dialog.getByRole('row', { name: /Before a restore/ })).toContainText(
    '3 articles',
  );
  await app.page.screenshot({ path: shot('restore-list-1280.png') });
  await backup.close();

  // An export reads the restored workspace: its worker has no `localStorage` to find it by,
  // so it is told, and never reads the database the workspace was restored away from.
  const sets = new SetsPage(app.page);
  await sets.openExport();
  await sets.exportDialog.getByRole('radio', { name: /^All articles/ }).check();
  const exported = await sets.exportFile();
  const written = JSON.parse(await readFile(await exported.path(), 'utf8')) as {
    set: { articles: { title: string }[] };
  };
  expect(written.set.articles.map((a) => a.title).sort()).toEqual(
    [SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion].sort(),
  );
  expect(app.pageErrors).toEqual([]);
});

test('refuses a backup from a newer schema, and one that fails verification, changing nothing', async () => {
  const library = new LibraryPage(await app.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const backup = new BackupPage(app.page);
  await backup.open();
  const path = await backup.backUp();
  await backup.close();
  await app.answerFileDialog([await files.write('corridor.txt', FRENCH_TEXT)]);
  await library.openFiles();
  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  const text = await readFile(path, 'utf8');
  const newer = join(files.dir, 'newer.sourcemark-backup.json');
  // One schema above the app's own, whichever that is.
  const future = Number(/"schemaVersion":(\d+)/.exec(text)![1]) + 1;
  await writeFile(newer, text.replace(/"schemaVersion":\d+/, `"schemaVersion":${future}`));
  const tampered = join(files.dir, 'tampered.sourcemark-backup.json');
  // One character of one stored text changed: the file still parses.
  await writeFile(tampered, text.replace('AZERTAC', 'AZERTAQ'));

  await backup.open();
  await backup.chooseFile(newer);
  await backup.restore(/Restore the backup file newer/);
  await expect(backup.alert).toContainText(
    new RegExp(`newer Sourcemark.*schema ${future}.*Nothing was changed`),
  );

  await backup.chooseFile(tampered);
  await backup.restore(/Restore the backup file tampered/);
  await expect(backup.alert).toContainText(/failed verification \(\w+: rows differ \(digest\)/);
  await expect(backup.alert).toContainText('Nothing was changed');
  await backup.close();

  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  expect(await readdir(join(configDir, 'snapshots')).catch(() => [])).toEqual([]);
  const databases = await app.page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  );
  expect(databases.filter((name) => name?.startsWith('sourcemark-restored-'))).toEqual([]);
});

test('cancelling a restore leaves the workspace as it was, and says so', async () => {
  // A backup, an import and a restore: over a minute when the two cores are shared (load 12).
  test.setTimeout(180_000);
  const library = new LibraryPage(await app.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const backup = new BackupPage(app.page);
  await backup.open();
  const path = await backup.backUp();
  await backup.close();
  await app.answerFileDialog([await files.write('corridor.txt', FRENCH_TEXT)]);
  await library.openFiles();
  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  // The snapshot of the current workspace, the restore's last phase before the switch, is
  // held at its first chunk until Cancel has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let isHeld = false;
  await app.page.route('**/api/sm:backup:writeChunk', async (route) => {
    isHeld = true;
    await held;
    await route.continue();
  });
  await backup.open();
  await backup.chooseFile(path);
  await backup.restore(/Restore the backup file sourcemark-backup/);
  await expect.poll(() => isHeld).toBe(true);
  await app.page.screenshot({ path: shot('restore-cancel-1280.png') });
  await backup.dialog.getByRole('button', { name: 'Cancel the restore' }).click();
  await expect(backup.dialog.getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
  release();
  await expect(backup.dialog.getByRole('status')).toHaveText(
    'Restore cancelled. The workspace is as it was: nothing was changed.',
  );
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await app.page.screenshot({ path: shot('restore-cancelled-1024.png') });
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const axe = await new AxeBuilder({ page: app.page }).include('.backup-dialog').analyze();
  expect(axe.violations).toEqual([]);
  await backup.close();

  // The same workspace, no restored database left, and no snapshot, whole or partial.
  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await app.page.reload();
  await library.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const databases = await app.page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  );
  expect(databases.filter((name) => name?.startsWith('sourcemark-restored-'))).toEqual([]);
  expect(await readdir(join(configDir, 'snapshots')).catch(() => [])).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});
