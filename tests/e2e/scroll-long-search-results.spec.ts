import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

/**
 * The search worker keeps a search's rows and the page asks for the rows it shows: past the
 * first hundred (sent with the count), every row is asked for as the list scrolls.
 */
test('a long list of search results scrolls to its last hit, and End moves there', async ({
  app,
}) => {
  const { page } = app;
  await expect(new LibraryPage(page).row(SAMPLE_TITLES.opinion)).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search query' });
  const status = page.locator('.search-status [role="status"]');
  await box.fill('de OR la OR les');
  await box.press('Enter');
  await expect(status).toHaveText(/hits in 2 articles/, { timeout: 30_000 });
  const count = Number((await status.innerText()).match(/^([\d,]+) hits/)![1]!.replace(/,/g, ''));
  expect(count).toBeGreaterThan(200);

  const results = page.getByRole('list', { name: 'Search results' });
  // Only the rows near the viewport are in the page.
  expect(await results.getByRole('listitem').count()).toBeLessThan(count);
  const concordance = page.locator('.concordance');
  await concordance.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const last = results.locator(`[data-index="${count - 1}"]`);
  await expect(last.locator('mark')).toHaveText(/^(de|la|les)$/i);

  await concordance.evaluate((element) => element.scrollTo({ top: 0 }));
  const first = results.locator('[data-index="0"] button');
  await first.focus();
  await page.keyboard.press('End');
  await expect(last.getByRole('button')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.locator(`[data-index="${count - 2}"] button`)).toBeFocused();
});
