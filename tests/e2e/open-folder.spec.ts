import { expect, test } from './support/app-fixture';
import { ArticleFiles, FRENCH_TEXT, SAMPLE_TITLES, TURKISH_TEXT } from './support/article-files';
import { LibraryPage } from './pages/library-page';

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

test('open folder imports recursively and reports every skipped file with its reason', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  await files.write('good/corridor.txt', FRENCH_TEXT);
  await files.write('good/nested/deeper/haber.md', `# ${TURKISH_TEXT}`);
  await files.write(
    'good/page.html',
    '<html lang="fr"><head><title>Une page sauvegardée</title><script>window.__pwned = true</script></head>' +
      '<body><p onclick="alert(1)">Le texte de la page, sans ses scripts.</p></body></html>',
  );
  await files.write('bad/empty.txt', '');
  await files.writePng('bad/photo.txt');
  await files.writeOversized('bad/huge.txt');
  await files.write('bad/report.pdf', '%PDF-1.7');
  await files.symlinkLoop('bad/loop');
  await app.answerFolderDialog(files.dir);
  await library.openFolder();

  await expect(library.report).toContainText(/Added 3/);
  for (const name of ['empty.txt', 'photo.txt', 'huge.txt', 'report.pdf', 'loop']) {
    await expect(library.report).toContainText(name);
  }
  await expect(library.report).toContainText(/empty/i);
  await expect(library.report).toContainText(/PNG/);
  await expect(library.report).toContainText(/20 MB/);
  // A PDF is now a supported format: this one has a header and nothing else.
  await expect(library.report).toContainText('"report.pdf" could not be read');
  await expect(library.rows()).toHaveCount(5);
  await expect(library.row('Une page sauvegardée')).toHaveCount(1);
  // Imported HTML is text: its scripts never ran in the app.
  expect(await app.page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('a large folder shows progress and can be read in the report afterwards', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  for (let i = 0; i < 400; i++) {
    await files.write(
      `batch/article-${String(i).padStart(3, '0')}.txt`,
      `Dépêche numéro ${i} sur la coopération régionale\n\n${FRENCH_TEXT}\nRéférence ${i}.`,
    );
  }
  await app.answerFolderDialog(files.dir);
  await library.openFolder();
  await expect(library.progress).toBeVisible();
  await expect(library.report).toContainText(/Added 400/, { timeout: 60_000 });
  // The table renders the rows near the screen, not all 402; the count and the keyboard
  // still reach every article: End goes to the oldest (a sample), Home back to the newest.
  await expect(app.page.getByText('402 articles', { exact: true })).toBeVisible();
  expect(await library.rows().count()).toBeLessThan(402);
  await library.filter.press('ArrowDown');
  await app.page.keyboard.press('End');
  await expect(app.page.locator('tbody tr:focus')).toContainText(SAMPLE_TITLES.azertac);
  await app.page.keyboard.press('Home');
  await expect(library.rows().first()).toBeFocused();
  await expect(library.rows().first()).toContainText(/Dépêche numéro 3[789]\d/);
});

test('a long file name keeps one line in a narrow window, its start and extension shown', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const name = 'depeche-azertac_cooperation-regionale.2025-03-11.txt';
  await files.write(`names/${name}`, `Dépêche sur la coopération régionale\n\n${FRENCH_TEXT}`);
  await app.answerFolderDialog(files.dir);
  await library.openFolder();
  await expect(library.report).toContainText(/Added 1/);
  const cell = library.rows().filter({ hasText: name }).locator('td.col-source');
  // The whole name is the cell's text (copied, found and read aloud whole).
  await expect(cell).toHaveText(name);
  const shape = await cell.evaluate((td) => {
    const start = td.querySelector<HTMLElement>('.short-file-name-start')!;
    const end = td.querySelector<HTMLElement>('.short-file-name-end')!;
    const lineHeight = parseFloat(getComputedStyle(td).lineHeight);
    const cellBox = td.getBoundingClientRect();
    const endBox = end.getBoundingClientRect();
    return {
      lines: Math.round(start.getBoundingClientRect().height / lineHeight),
      startCut: start.scrollWidth > start.clientWidth,
      endText: end.textContent,
      endInside: endBox.right <= cellBox.right + 0.5 && endBox.left >= cellBox.left,
    };
  });
  expect(shape).toEqual({ lines: 1, startCut: true, endText: '-03-11.txt', endInside: true });
});
