import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/app-fixture';
import { EditorPage } from './pages/editor-page';
import { SetsPage } from './pages/sets-page';

// A Propaganda Techniques Corpus article (tests/fixtures/ptc-sample) holding a U+FEFF
// inside its text, which the library's normal form removes: every offset after it shifts.
const ID = '771546417';
const FILE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'ptc-sample',
  'articles',
  `article${ID}.txt`,
);

test.describe('techniques tagged in a PTC article', () => {
  test.use({
    appOptions: {
      launchArticles: [{ name: `article${ID}.txt`, content: readFileSync(FILE, 'utf8') }],
    },
  });

  test('export as the corpus files in the PTC scheme, and CoNLL says none of them fits', async ({
    app,
  }) => {
    const editor = new EditorPage(app.page);
    await editor.open(/^Teen Who Had MAGA Hat/);
    await editor.tagWith('bully', 'tn');

    const sets = new SetsPage(app.page);
    await sets.openExport();
    await sets.exportDialog
      .getByRole('combobox', { name: /^Format/ })
      .selectOption({ label: 'SemEval span TSV (zip)' });
    await sets.exportDialog.getByLabel('Label scheme').selectOption('ptc2020');
    await expect(sets.exportPreview).toContainText('1 annotation →');
    const download = await sets.exportFile();
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    // The article file as it came, U+FEFF included, and the corpus's own line for the
    // span (labels-technique/article771546417.task2-TC.labels holds it).
    expect(Buffer.from(files[`articles/article${ID}.txt`]!).equals(await readFile(FILE))).toBe(
      true,
    );
    expect(strFromU8(files[`labels-technique/article${ID}.task2-TC.labels`]!)).toBe(
      `${ID}\tName_Calling,Labeling\t688\t693\n`,
    );

    await sets.exportDialog
      .getByRole('combobox', { name: /^Format/ })
      .selectOption({ label: 'CoNLL IOB2 (entities)' });
    // Before writing, the preview names what CoNLL may drop; the file's report counts it.
    await expect(sets.exportPreview).toContainText('non-entity labels');
    await sets.exportFile();
    await expect(sets.exportPreview).toContainText('The one annotation does not fit this format');
    await expect(sets.exportPreview).toContainText(
      'Exported 0 of 1 annotation; dropped 1 non-entity label (CoNLL IOB2 (entities)).',
    );
    expect(app.pageErrors).toEqual([]);
  });
});
