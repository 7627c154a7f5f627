/**
 * A colleague's brat project arrives as a folder of `.txt` + `.ann` pairs: picked as a
 * folder, it imports as their set, offsets read as code points.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { SetsPage } from './pages/sets-page';

test('a folder of brat files imports as the colleague’s set', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const text = await readFile(
    join(import.meta.dirname, '..', '..', 'resources', 'samples', '000_3dae4a0746d7e458.txt'),
    'utf8',
  );
  const name = 'Djeyhoun Baïramov';
  const start = [...text.slice(0, text.indexOf(name))].length;
  const folder = await mkdtemp(join(tmpdir(), 'sourcemark-brat-'));
  try {
    await writeFile(join(folder, 'azertac.txt'), text);
    await writeFile(
      join(folder, 'azertac.ann'),
      `T1\tPerson ${start} ${start + [...name].length}\t${name}\n`,
    );
    await writeFile(join(folder, 'annotation.conf'), '[entities]\nPerson\n');

    const sets = new SetsPage(app.page);
    await app.page.getByRole('button', { name: 'Import…' }).click();
    await sets.importDialog.getByLabel('Colleague’s name').fill('Aysel');
    await sets.importDialog.getByLabel('Set folder').setInputFiles(folder);
    await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(sets.importReport).toContainText('1 imported');
    await expect(sets.importReport).toContainText('Aysel');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
