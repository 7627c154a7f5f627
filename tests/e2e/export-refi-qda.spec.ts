import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SetsPage } from './pages/sets-page';

test('a tagged entity exports as a REFI-QDA project a QDA tool can open', async ({ app }) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  const library = new LibraryPage(app.page);
  await library.openArticle(SAMPLE_TITLES.azertac);
  const reader = new ReaderPage(app.page);
  await reader.selectPhrase('Djeyhoun Baïramov');
  await expect(reader.selectionStatus).toContainText(/^Selection /);
  await app.page.keyboard.press('e');
  await app.page.keyboard.press('p');
  await expect(app.page.locator('.sm-mark').first()).toBeVisible();

  await sets.openExport();
  await sets.exportDialog.getByLabel('Format').selectOption({ label: 'REFI-QDA project (.qdpx)' });
  await expect(sets.exportPreview).toContainText('.qdpx');
  const download = await sets.exportFile();
  expect(download.suggestedFilename()).toMatch(/^sourcemark-leyla-mammadova-.*\.qdpx$/);
  await expect(sets.exportPreview).toContainText('Exported 1 annotation');

  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const qde = strFromU8(files['project.qde']!);
  expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
  expect(qde).toContain('<User guid=');
  const selection = /<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"/.exec(qde);
  expect(selection).not.toBeNull();
  // The selection's code points, read in the source file it points at, are the tagged name.
  const path = /plainTextPath="internal:\/\/([0-9A-F-]{36}\.txt)"/.exec(qde)![1]!;
  const text = Array.from(strFromU8(files[`sources/${path}`]!));
  expect(text.slice(Number(selection![1]), Number(selection![2])).join('')).toBe(
    'Djeyhoun Baïramov',
  );
  expect(app.pageErrors).toEqual([]);
});
