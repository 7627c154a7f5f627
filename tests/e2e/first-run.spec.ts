import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

test('first run loads the bundled sample articles, and a restart finds the library intact', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await expect(library.row(SAMPLE_TITLES.azertac)).toContainText('fr');
  await expect(library.row(SAMPLE_TITLES.opinion)).toContainText('003_23b432f3b9fe1fde.txt');

  const page = await app.restart();
  const reopened = new LibraryPage(page);
  // Same two articles, not seeded a second time.
  await reopened.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  expect(app.pageErrors).toEqual([]);
});

test('the library sorts by column and filters by text, with a clear no-match state', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  await app.page.getByRole('columnheader', { name: /Title/ }).click();
  await expect(library.rows().first()).toContainText('Azerbaïdjan – États-Unis');
  await app.page.getByRole('columnheader', { name: /Title/ }).click();
  await expect(library.rows().first()).toContainText("Un plan d'action");

  await library.filter.fill('kazakh');
  await library.expectTitles([SAMPLE_TITLES.azertac]);
  await library.filter.fill('no such article anywhere');
  await expect(library.rows()).toHaveCount(0);
  await expect(app.page.getByText(/No article matches/i)).toBeVisible();
});
