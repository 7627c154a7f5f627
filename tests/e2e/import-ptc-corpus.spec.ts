/**
 * An analyst points the Import dialog at the Propaganda Techniques Corpus folder as it is
 * distributed (`articles/`, `labels-technique/`, `labels-span/`), one article saved with a
 * byte order mark as one is in the full corpus: every technique span lands where the corpus
 * says, the unlabelled spans are not counted twice, the report says so honestly, and the
 * set exported in the PTC scheme is the folder's files again.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/app-fixture';
import { SetsPage } from './pages/sets-page';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample');
const BOM_ID = '111111115';

/** Prepends a BOM to article `id` and moves its label offsets one code point on, as the corpus counts. */
async function saveWithBom(root: string, id: string): Promise<void> {
  const article = join(root, 'articles', `article${id}.txt`);
  await writeFile(article, `\uFEFF${await readFile(article, 'utf8')}`);
  for (const [folder, suffix] of [
    ['labels-technique', 'task2-TC'],
    ['labels-span', 'task1-SI'],
  ]) {
    const path = join(root, folder!, `article${id}.${suffix}.labels`);
    const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    const moved = lines.map((line) => {
      const fields = line.split('\t');
      const [start, end] = fields.slice(-2).map((n) => Number(n) + 1);
      return `${[...fields.slice(0, -2), start, end].join('\t')}\n`;
    });
    await writeFile(path, moved.join(''));
  }
}

test('the PTC corpus folder as distributed imports with honest counts', async ({ app }) => {
  const parent = await mkdtemp(join(tmpdir(), 'sourcemark-ptc-'));
  const root = join(parent, 'ptc-sample');
  try {
    await cp(FIXTURE, root, { recursive: true });
    await saveWithBom(root, BOM_ID);
    expect((await readdir(root)).sort()).toEqual([
      'README.md',
      'articles',
      'labels-span',
      'labels-technique',
    ]);

    const sets = new SetsPage(app.page);
    await app.page.getByRole('button', { name: 'Import…' }).click();
    await sets.importDialog.getByLabel('Colleague’s name').fill('PTC annotators');
    await sets.importDialog.getByLabel('Set folder').setInputFiles(root);
    await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();

    const status = sets.importReport.getByRole('status');
    await expect(status).toHaveText(
      'PTC (SemEval-2020 task 11): 23 imported. 0 articles matched, 5 added to the library.',
    );
    await expect(sets.importReport).toContainText(
      '23 unlabelled spans (task1-SI) are also technique spans (task2-TC) at the same offsets',
    );
    await expect(sets.importReport).toContainText('Annotations by PTC annotators');
    await sets.importDialog.getByRole('button', { name: 'Close' }).click();

    // Exported in the PTC scheme, the colleague's set is the folder's files again.
    await sets.openExport();
    await sets.exportDialog
      .getByLabel('Analyst')
      .selectOption({ label: 'PTC annotators (colleague)' });
    await sets.exportDialog
      .getByRole('combobox', { name: /^Format/ })
      .selectOption({ label: 'SemEval span TSV (zip)' });
    await sets.exportDialog.getByLabel('Label scheme').selectOption('ptc2020');
    await expect(sets.exportPreview).toContainText('23 annotations →');
    const download = await sets.exportFile();
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    for (const name of await readdir(join(root, 'articles'))) {
      const given = await readFile(join(root, 'articles', name));
      expect(Buffer.from(files[`articles/${name}`]!).equals(given), name).toBe(true);
      const labels = `labels-technique/${name.replace(/\.txt$/, '.task2-TC.labels')}`;
      const lines = (text: string) => text.split('\n').filter(Boolean).sort();
      expect(lines(strFromU8(files[labels]!)), labels).toEqual(
        lines(await readFile(join(root, labels), 'utf8')),
      );
    }
    expect(app.pageErrors).toEqual([]);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});
