/**
 * A colleague's doccano file labels with names the codebook lacks ("Personne",
 * "Propagande") beside one of its own written brat-safe ("Name_calling_or_labelling"). The
 * Import dialog lists each unknown label with its count before anything is written, suggests
 * an item where one fits, and imports only once each has a decision: mapped, added to the
 * codebook (a new version), or kept raw (flagged, and review says so).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { CodebookPage } from './pages/codebook-page';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';
import { SetsPage } from './pages/sets-page';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const FILE = {
  name: 'aysel.jsonl',
  mimeType: 'application/jsonl',
  buffer: Buffer.from(
    `${JSON.stringify({
      text: TEXT,
      label: [
        [0, 5, 'Propagande'],
        [16, 33, 'Personne'],
        [46, 59, 'Personne'],
        [62, 68, 'Name_calling_or_labelling'],
      ],
    })}\n`,
  ),
};

test('labels the codebook lacks are mapped or added before anything is written', async ({
  app,
}) => {
  const sets = new SetsPage(app.page);
  await sets.chooseImportFile(FILE);
  await expect(sets.labelMapping).toContainText('2 labels of the file are not in your codebook');
  await expect(sets.labelMapping).toContainText('Personne (2 annotations, first at aysel.jsonl:1');
  await expect(sets.labelMapping).toContainText('Propagande (1 annotation');
  // The brat-safe spelling of a codebook label is known: not asked about.
  await expect(sets.labelMapping).not.toContainText('Name_calling_or_labelling');
  // "Personne" starts mapped to its suggestion; "Propagande" waits for a decision.
  await expect(sets.labelChoice('Personne')).toHaveValue('item:entity.person');
  await expect(sets.labelChoice('Propagande')).toHaveValue('');
  const importButton = sets.importDialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(sets.importDialog).toContainText(
    'Choose what the label not in your codebook becomes',
  );

  // Closing here writes nothing: the codebook is still its first version.
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();
  const codebook = new CodebookPage(app.page);
  await codebook.open();
  await expect(codebook.version).toHaveText('Version 1');
  await expect(codebook.item('Propagande')).toHaveCount(0);

  await sets.chooseImportFile(FILE);
  await sets
    .labelChoice('Propagande')
    .selectOption({ label: 'Add to the codebook as “Propagande”' });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(sets.importReport).toContainText('4 imported');
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();

  await expect(codebook.version).toHaveText('Version 2');
  await expect(codebook.item('Imported labels')).toBeVisible();
  await expect(codebook.item('Propagande')).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});

test('a label kept raw is imported flagged, and review shows it', async ({ app }) => {
  // The AZERTAC sample as a colleague's doccano file: its annotation lands on the library's article.
  const text = await readFile(
    join(import.meta.dirname, '..', '..', 'resources', 'samples', '000_3dae4a0746d7e458.txt'),
    'utf8',
  );
  const name = 'Djeyhoun Baïramov';
  const start = [...text.slice(0, text.indexOf(name))].length;
  const line = { text, label: [[start, start + [...name].length, 'Rumeur']] };
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const sets = new SetsPage(app.page);
  await sets.chooseImportFile({
    name: 'aysel.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(`${JSON.stringify(line)}\n`),
  });
  await sets.importDialog.getByLabel('Colleague’s name').fill('Aysel');
  await sets
    .labelChoice('Rumeur')
    .selectOption({ label: 'Keep as a raw label, flagged for review' });
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sets.importReport).toContainText('1 imported');
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();

  await library.openArticle(SAMPLE_TITLES.azertac);
  const review = new ReviewPage(app.page);
  await review.open();
  // The list comes once the article selection is read: a key pressed before has nothing to step.
  await expect(review.count).toContainText('1 item');
  await app.page.keyboard.press('j');
  await expect(review.currentItem()).toContainText('Rumeur');
  await expect(review.screen.getByRole('article', { name: /Aysel/ })).toContainText(
    'Raw label, not in the codebook',
  );
  expect(app.pageErrors).toEqual([]);
});
