import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { expectNoAxeViolations } from './support/axe';
import { saveScreen, SCREEN_SIZES } from './support/screens';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';
import { SetsPage } from './pages/sets-page';
import { StatusPage } from './pages/status-page';

test('a saved query selects the articles for export, review and agreement', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  const editor = new EditorPage(page);
  const library = new LibraryPage(page);
  const picks = new StatusPage(page);
  // One annotation in each sample, so an export shows which articles it took.
  await editor.open(SAMPLE_TITLES.opinion);
  await editor.tagWith('Washington', 'eg');
  await library.show();
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await library.show();

  // Only the dispatch names Kazakhstan: save that search.
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search query' });
  await box.fill('Kazakhstan');
  await box.press('Enter');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Kazakh dispatch');
  await page.getByRole('button', { name: 'Save query' }).click();
  await expect(page.getByRole('button', { name: /^Kazakh dispatch/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await library.show();

  // Export: the saved query's articles only.
  const sets = new SetsPage(page);
  await sets.openExport();
  await sets.exportDialog.getByRole('radio', { name: 'All articles' }).check();
  await expect(sets.exportPreview).toContainText('2 annotations');
  await sets.exportDialog.getByRole('radio', { name: 'Articles by status or saved query' }).check();
  const exportPick = picks.picker('Status or saved query');
  await exportPick.selectOption({ label: 'Saved query: Kazakh dispatch' });
  await expect(picks.pickerCount('Status or saved query')).toHaveText('1 article');
  await expect(sets.exportPreview).toContainText('1 annotation →');
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await saveScreen(page, testInfo, 'export-saved-query');
  }
  await expectNoAxeViolations(page, 'export by saved query');
  const file = await sets.exportFile();
  expect(file.suggestedFilename()).toMatch(/\.sourcemark\.json$/);
  await sets.exportDialog.getByRole('button', { name: 'Close' }).click();

  // Review: the article list is the saved query's.
  const review = new ReviewPage(page);
  await review.open();
  const articles = page.getByRole('combobox', { name: 'Article', exact: true });
  await expect(articles.locator('option')).toHaveCount(2);
  await picks.picker('Articles to review').selectOption({ label: 'Saved query: Kazakh dispatch' });
  await expect(articles.locator('option')).toHaveText([SAMPLE_TITLES.azertac]);
  await expect(picks.pickerCount('Articles to review')).toHaveText('1 article');
  await saveScreen(page, testInfo, 'review-saved-query');
  await expectNoAxeViolations(page, 'review by saved query');
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  // Agreement: the same selection, then ticks among its articles.
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  const agreement = page.getByRole('region', { name: 'Agreement' });
  await picks.picker('Articles to compare').selectOption({ label: 'Saved query: Kazakh dispatch' });
  await expect(picks.pickerCount('Articles to compare')).toHaveText('1 article');
  await agreement.getByRole('checkbox', { name: 'All of these' }).uncheck();
  await expect(agreement.getByRole('checkbox', { name: SAMPLE_TITLES.azertac })).toBeChecked();
  await expect(agreement.getByRole('checkbox', { name: SAMPLE_TITLES.opinion })).toHaveCount(0);
  await saveScreen(page, testInfo, 'agreement-saved-query');
  await expectNoAxeViolations(page, 'agreement by saved query');
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  expect(app.pageErrors).toEqual([]);
});
