import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

/** The URLs of the reader's code chunks the page has loaded as code so far. */
const readerChunksFetched = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    // Not the test's own `fetch` of the chunk's text.
    .filter((entry) => entry.initiatorType !== 'fetch')
    .map((entry) => entry.name)
    .filter((name) => /\/assets\/ReaderView-[\w-]+\.js$/.test(name));

test("the reader's code loads while the library is idle, compiled whole, before any article opens", async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  // Fetched without an opening: the first opening no longer waits on it, nor compiles it.
  await expect.poll(() => app.page.evaluate(readerChunksFetched)).toHaveLength(1);
  const [chunk] = await app.page.evaluate(readerChunksFetched);
  // V8's hint to compile every function of the chunk when it loads (electron.vite.config.ts).
  const head = await app.page.evaluate((url) => fetch(url).then((r) => r.text()), chunk!);
  expect(head.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);

  await library.openArticle(SAMPLE_TITLES.azertac);
  await expect(new ReaderPage(app.page).text).toContainText('Bakou, 11 mars, AZERTAC');
  // The opening used the chunk already loaded.
  expect(await app.page.evaluate(readerChunksFetched)).toEqual([chunk]);
  expect(app.pageErrors).toEqual([]);
});
