import { expect, test } from './support/app-fixture';
import { ArticleFiles, FRENCH_TEXT, SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

test('open files adds new articles, decodes a legacy Turkish file and reports a duplicate', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  const french = await files.write('corridor.txt', FRENCH_TEXT);
  const turkish = await files.writeTurkishLegacy('haber-1254.txt');
  // Same text as the French file with Windows line endings: the same article.
  const again = await files.write('corridor-copy.txt', FRENCH_TEXT.replaceAll('\n', '\r\n'));
  await app.answerFileDialog([french, turkish, again]);
  await library.openFiles();

  await expect(library.report).toContainText(/Added 2/);
  await expect(library.report).toContainText(/1 duplicate/);
  await expect(library.report).toContainText('corridor-copy.txt');
  await expect(library.rows()).toHaveCount(4);
  const turkishRow = library.row('Bakü ile Astana arasında stratejik ortaklık güçleniyor');
  await expect(turkishRow).toContainText('tr');
});

test('without a native dialog, paths can be typed instead', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const french = await files.write('typed.txt', FRENCH_TEXT);

  await library.openFiles(); // nothing queued: the bridge has no dialog to show
  const pathField = app.page.getByRole('textbox', { name: /path/i }).first();
  await pathField.fill(french);
  await pathField.press('Enter');
  await expect(library.report).toContainText(/Added 1/);
  await expect(library.row('Le corridor médian gagne en importance')).toHaveCount(1);
});

test.describe('paths given on the command line', () => {
  test.use({ appOptions: { launchArticles: [{ name: 'launch.txt', content: FRENCH_TEXT }] } });

  test('are imported when the app starts, next to the samples', async ({ app }) => {
    const library = new LibraryPage(app.page);
    await expect(library.row('Le corridor médian gagne en importance')).toHaveCount(1);
    await expect(library.rows()).toHaveCount(3);
  });
});
