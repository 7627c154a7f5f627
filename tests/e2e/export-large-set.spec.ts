import { readdir, readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { SetsPage } from './pages/sets-page';
import { AUTHOR, generateSet } from '../bench/sets/generate-set';
import { storeGeneratedLibrary } from '../support/export-library';

// A library big enough that the export takes seconds: 1,500 articles, ~31,000 annotations.
const SET = { articles: 1_500, spansPerArticle: 19, articleChars: 3_000 };

test('a large set exports with progress, a cancelled export leaves no file, and the summary counts what the file holds', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const sets = new SetsPage(app.page);
  await sets.setName('Rahim Aliyev');
  await expect(app.page.getByRole('button', { name: 'Rahim Aliyev' })).toBeVisible();
  const generated = generateSet(SET);
  await storeGeneratedLibrary(app.page, generated);
  await app.page.reload();
  const selected = generated.set.annotations.length.toLocaleString('en');

  await sets.openExport();
  await sets.exportDialog
    .getByRole('combobox', { name: /^Analyst/ })
    .selectOption({ label: `${AUTHOR.name} (colleague)` });
  // The preview is counted, not exported: there at once.
  await expect(sets.exportPreview).toContainText(`${selected} annotations →`, { timeout: 5_000 });

  // Cancelled while it runs: nothing under the exports folder, not even a temporary file.
  await sets.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    sets.exportPreview.getByRole('progressbar', { name: 'Export progress' }),
  ).toBeVisible();
  // Streamed: a first pass reads the articles' keys, then the file is written as it is read.
  await expect(sets.exportPreview).toContainText(
    /Reading articles: [\d,]+ of [\d,]+|Writing the file: \d+ %/,
  );
  await app.page.screenshot({ path: test.info().outputPath('export-running-1280.png') });
  await sets.exportDialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(sets.exportPreview.getByRole('status')).toHaveText(
    'Export cancelled: no file was written.',
  );
  expect(await readdir(app.bridge.exportsDir).catch(() => [])).toEqual([]);

  // Run to the end: the summary's count is the file's.
  const file = await sets.exportFile();
  const written = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    set: { annotations: unknown[] };
  };
  expect(written.set.annotations).toHaveLength(generated.set.annotations.length);
  await expect(sets.exportPreview.getByRole('status')).toContainText(
    `Exported ${selected} annotations (Sourcemark set (lossless)); nothing dropped.`,
  );
  expect(await readdir(app.bridge.exportsDir)).toEqual([file.suggestedFilename()]);

  // A format that drops things: the summary counts what doccano wrote and what it dropped.
  await sets.exportDialog
    .getByRole('combobox', { name: /^Format/ })
    .selectOption({ label: 'doccano JSONL' });
  await expect(sets.exportPreview).toContainText('document-level annotations:');
  const doccano = await sets.exportFile();
  const lines = (await readFile(await doccano.path(), 'utf8')).trim().split('\n');
  const entities = lines.reduce(
    (sum, line) => sum + (JSON.parse(line) as { entities: unknown[] }).entities.length,
    0,
  );
  await expect(sets.exportPreview.getByRole('status')).toContainText(
    `Exported ${entities.toLocaleString('en')} of ${selected} annotations; dropped`,
  );
  await app.page.screenshot({ path: test.info().outputPath('export-done-1280.png') });
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await app.page.screenshot({ path: test.info().outputPath('export-done-1024.png') });
  expect(app.pageErrors).toEqual([]);
});
