import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';

test('the agreement table shows alpha per label and exports as CSV', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(
    SAMPLE_TITLES.azertac,
    [
      { id: 'm1', author: 'self', itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
      { id: 'a1', author: 'c-1', itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
      { id: 'm2', author: 'self', itemId: 'entity.gpe', phrase: 'Kazakhstan, Murat' },
      { id: 'a2', author: 'c-1', itemId: 'entity.gpe', phrase: 'Kazakhstan, Murat', extendLeft: 3 },
      { id: 'a3', author: 'c-1', itemId: 'entity.person', phrase: 'Murat Nurtleu' },
    ],
    [{ id: 'c-1', name: 'Aysel' }],
  );
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Agreement', exact: true }).click();

  const table = app.page.getByRole('table', { name: 'Span agreement' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Units (Aysel)' })).toBeVisible();
  const person = table.getByRole('row').filter({ hasText: 'Person' });
  await expect(person.getByRole('cell').nth(1)).toHaveText('1');
  await expect(person.getByRole('cell').nth(2)).toHaveText('2');
  await expect(app.page.getByTestId('overall-alpha-u')).toHaveText(/^-?\d\.\d{3}$/);
  await expect(app.page.getByRole('img', { name: 'Alpha-U per label' })).toBeVisible();
  await expect(app.page.getByRole('table', { name: 'Document agreement' })).toBeVisible();

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^agreement-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('Label,Units (Me),Units (Aysel),alpha_U');
  expect(csv).toMatch(/\r\nAll labels,2,3,0\.\d{6},/);
  expect(csv.split('\r\n').length).toBeGreaterThan(3);
  expect(app.pageErrors).toEqual([]);
});
