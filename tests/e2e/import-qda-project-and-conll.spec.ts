/**
 * A tagged entity exported as a REFI-QDA project or as CoNLL comes back through the Import
 * dialog onto the library's article: the project parsed by the page's own DOMParser (a
 * project declaring entities refused before it), the CoNLL file matched by its words.
 */
import { readFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type SourcemarkApp } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { SetsPage } from './pages/sets-page';

/** Tags "Murat Nurtleu" as a person in the AZERTAC sample and exports the set as `format`. */
async function exportTaggedPerson(app: SourcemarkApp, sets: SetsPage, format: string) {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await sets.openExport();
  await sets.exportDialog.getByLabel('Format').selectOption({ label: format });
  await expect(sets.exportPreview).toContainText('1 annotation →');
  const download = await sets.exportFile();
  const buffer = await readFile((await download.path())!);
  await sets.exportDialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), buffer };
}

test('a REFI-QDA project comes back onto its article, with its author', async ({ app }) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  const file = await exportTaggedPerson(app, sets, 'REFI-QDA project (.qdpx)');
  await sets.importFile({ ...file, mimeType: 'application/zip' });
  await expect(sets.importReport.getByRole('status')).toContainText(
    /^REFI-QDA project \(Sourcemark [^)]+\): 1 imported\. \d+ articles? matched, 0 added/,
  );
  // The project's user is the analyst: kept apart from their own set, as any own file.
  await expect(sets.importReport).toContainText('imported as a separate set');

  // A project declaring entities (billion laughs) is refused before the parser sees it.
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]><Project name="&b;" />';
  await sets.importDialog.getByLabel('Set file').setInputFiles({
    name: 'laughs.qdpx',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync({ 'project.qde': strToU8(laughs) })),
  });
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sets.importDialog.getByRole('alert')).toContainText('it declares a DTD');
  expect(app.pageErrors).toEqual([]);
});

test('a CoNLL file finds its article by its words and tags it again', async ({ app }) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  const file = await exportTaggedPerson(app, sets, 'CoNLL IOB2 (entities)');
  await sets.importFile({ ...file, mimeType: 'text/plain' });
  await expect(sets.importReport.getByRole('status')).toContainText(
    /^CoNLL \(IOB2\): 1 imported\. \d+ articles? matched, 0 added/,
  );
  expect(app.pageErrors).toEqual([]);
});
