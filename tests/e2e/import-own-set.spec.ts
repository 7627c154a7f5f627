/**
 * A set file whose author is the analyst (their own export) never writes into their set by
 * itself: the import dialog says whose file it is, defaults to a separate "imported copy"
 * set, and restores into the analyst's own set only when they choose it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { SetsPage } from './pages/sets-page';

test('importing your own export keeps it apart unless you choose to restore it', async ({
  app,
}) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  await expect(app.page.getByRole('button', { name: 'Leyla Mammadova' })).toBeVisible();
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  const [id] = await editor.idsOf(editor.markFor('Murat Nurtleu'));

  await sets.openExport();
  await expect(sets.exportPreview).toContainText('1 annotation →');
  const download = await sets.exportFile();
  const buffer = await readFile((await download.path())!);
  await sets.exportDialog.getByRole('button', { name: 'Close' }).click();

  // The analyst deletes the annotation: their set is empty.
  await editor.markFor('Murat Nurtleu').click();
  await app.page.keyboard.press('Delete');
  await expect(editor.marks()).toHaveCount(0);

  // Their own file, imported with the dialog's default: a separate set, theirs untouched.
  const file = { name: 'mine.sourcemark.json', mimeType: 'application/json', buffer };
  await sets.chooseImportFile(file);
  await expect(sets.importDialog.getByRole('note')).toContainText(
    'This file names you as the author of 1 annotation',
  );
  const copy = 'imported copy of Leyla Mammadova';
  await expect(sets.destination(`Import as colleague ‘${copy}’ (default)`)).toBeChecked();
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sets.importReport).toContainText('1 imported');
  await expect(sets.importReport).toContainText(
    `imported as a separate set, “${copy}”. Your own set is unchanged.`,
  );
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(editor.marks()).toHaveCount(0);
  await sets.openExport();
  await expect(sets.exportPreview).toContainText('0 annotations →');
  await sets.exportDialog.getByLabel('Analyst').selectOption({ label: `${copy} (colleague)` });
  await expect(sets.exportPreview).toContainText('1 annotation →');
  await sets.exportDialog.getByRole('button', { name: 'Close' }).click();

  // Chosen explicitly, the same file restores the annotation into their own set.
  await sets.chooseImportFile(file);
  await sets.destination('Restore into my own set').check();
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sets.importReport).toContainText('1 imported');
  await expect(sets.importReport).toContainText('Restored into your own set, as you chose.');
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
  expect(await editor.idsOf(editor.markFor('Murat Nurtleu'))).toEqual([id]);
  expect(app.pageErrors).toEqual([]);
});
