import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SourcemarkApp, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { startBridgeProcess } from './support/bridge-process';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SetsPage } from './pages/sets-page';

test("a tagged entity exported as a native set imports in a fresh profile as a colleague's", async ({
  app,
}) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  await expect(app.page.getByRole('button', { name: 'Leyla Mammadova' })).toBeVisible();

  const library = new LibraryPage(app.page);
  await library.openArticle(SAMPLE_TITLES.azertac);
  const reader = new ReaderPage(app.page);
  await expect(reader.text).toContainText('Djeyhoun Baïramov');
  await reader.selectPhrase('Djeyhoun Baïramov');
  await expect(reader.selectionStatus).toContainText(/^Selection /);
  await app.page.keyboard.press('e');
  await app.page.keyboard.press('p');
  await expect(app.page.locator('.sm-mark').first()).toBeVisible();

  await sets.openExport();
  await expect(sets.exportPreview).toContainText('1 annotation →');
  await expect(sets.exportPreview).toContainText('keeps everything');
  const download = await sets.exportFile();
  expect(download.suggestedFilename()).toMatch(/^sourcemark-leyla-mammadova-.*\.sourcemark\.json$/);
  const content = await readFile((await download.path())!);
  await expect(sets.exportPreview).toContainText('Exported 1 annotation');
  expect(JSON.parse(content.toString()).exportedBy.name).toBe('Leyla Mammadova');

  // A colleague's fresh profile.
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
  const fresh = new SourcemarkApp(await startBridgeProcess(), profile);
  try {
    const page = await fresh.open();
    await new LibraryPage(page).expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
    const theirs = new SetsPage(page);
    await theirs.importFile({
      name: 'leyla.sourcemark.json',
      mimeType: 'application/json',
      buffer: content,
    });
    await expect(theirs.importReport).toContainText('1 imported');
    await expect(theirs.importReport).toContainText(
      'Annotations by Leyla Mammadova, kept apart from yours',
    );
    await theirs.importDialog.getByRole('button', { name: 'Close' }).click();

    // The colleague's own set is still empty; Leyla's set holds the imported annotation.
    await theirs.openExport();
    await expect(theirs.exportPreview).toContainText('0 annotations →');
    await theirs.exportDialog
      .getByLabel('Analyst')
      .selectOption({ label: 'Leyla Mammadova (colleague)' });
    await expect(theirs.exportPreview).toContainText('1 annotation →');
    expect(fresh.pageErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a set file dropped on the window opens the import, and articles dropped with it are added', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const dataTransfer = await app.page.evaluateHandle(() => {
    const set = {
      type: 'AnnotationCollection',
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      items: [],
    };
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([JSON.stringify(set)], 'aysel.jsonld', { type: 'application/ld+json' }),
    );
    transfer.items.add(
      new File(
        [
          'Une dépêche arrive en même temps que le set\n\nLe texte de la dépêche est ajouté à la bibliothèque.',
        ],
        'depeche.txt',
        {
          type: 'text/plain',
        },
      ),
    );
    return transfer;
  });
  await app.page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await app.page.dispatchEvent('body', 'drop', { dataTransfer });

  const sets = new SetsPage(app.page);
  await expect(sets.importDialog).toBeVisible();
  await expect(sets.importDialog).toContainText('Dropped file: aysel.jsonld');
  await expect(sets.importDialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(library.row('Une dépêche arrive en même temps que le set')).toHaveCount(1);
});
