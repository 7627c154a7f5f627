import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { expectNoAxeViolations } from './support/axe';
import { saveScreen, SCREEN_SIZES } from './support/screens';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';
import { SetsPage } from './pages/sets-page';
import { StatusPage } from './pages/status-page';

test('an analyst marks articles in progress and done with the status key, undoes it after a restart, and filters, exports and reviews by status', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const editor = new EditorPage(app.page);
  const status = new StatusPage(app.page);
  // One annotation in each sample, so an export shows which articles it took.
  await editor.open(SAMPLE_TITLES.opinion);
  await editor.tagWith('Washington', 'eg');
  await expect(status.control).toHaveValue('new');
  await new LibraryPage(app.page).show();
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');

  // The status key steps new → in progress → done, each one undoable step.
  await expect(status.control).toHaveValue('new');
  await editor.releaseKeyboard();
  await app.page.keyboard.press('Alt+s');
  await expect(status.control).toHaveValue('in-progress');
  await expect(status.message).toHaveText('Marked in progress.');
  await app.page.keyboard.press('Alt+s');
  await expect(status.control).toHaveValue('done');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, testInfo, 'reader-status');
  }
  await expectNoAxeViolations(app.page, 'reader with status');
  await editor.undo();
  await expect(status.control).toHaveValue('in-progress');
  await expect(editor.status).toHaveText(/^Undone: Mark “.*” done$/);

  // The stored history outlives a restart: the status stays, and undo still takes it back.
  const page = await app.restart();
  const library = new LibraryPage(page);
  await library.show();
  const statusAfter = new StatusPage(page);
  await expect(statusAfter.libraryCell(SAMPLE_TITLES.azertac)).toHaveText('In progress');
  await expect(statusAfter.libraryCell(SAMPLE_TITLES.opinion)).toHaveText('New');
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(statusAfter.control).toHaveValue('in-progress');
  await reopened.undo();
  await expect(statusAfter.control).toHaveValue('new');
  await reopened.redo();
  await expect(statusAfter.control).toHaveValue('in-progress');
  // The control sets it too.
  await statusAfter.control.selectOption('done');
  await expect(statusAfter.control).toHaveValue('done');

  // The library shows and filters it.
  await library.show();
  await expect(statusAfter.libraryCell(SAMPLE_TITLES.azertac)).toHaveText('Done');
  await statusAfter.libraryFilter.selectOption({ label: 'Done' });
  await library.expectTitles([SAMPLE_TITLES.azertac]);
  await statusAfter.libraryFilter.selectOption({ label: 'New' });
  await library.expectTitles([SAMPLE_TITLES.opinion]);
  await saveScreen(page, testInfo, 'library-status-filter');
  await expectNoAxeViolations(page, 'library filtered by status');
  await statusAfter.libraryFilter.selectOption({ label: 'In progress' });
  await expect(page.getByText('No article matches with status in progress.')).toBeVisible();
  await statusAfter.libraryFilter.selectOption({ label: 'Any' });
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  // The cheat sheet lists the status key from the one key table.
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: /keys/i });
  await expect(sheet).toContainText('Your status of the article');
  await expect(sheet).toContainText('Alt+S');
  await page.keyboard.press('Escape');

  // Export selects by status: only the done article's annotation.
  const sets = new SetsPage(page);
  await sets.openExport();
  await sets.exportDialog.getByRole('radio', { name: 'All articles' }).check();
  await expect(sets.exportPreview).toContainText('2 annotations');
  await sets.exportDialog.getByRole('radio', { name: 'Articles by status or saved query' }).check();
  await expect(statusAfter.picker('Status or saved query')).toHaveValue('status:done');
  await expect(statusAfter.pickerCount('Status or saved query')).toHaveText('1 article');
  await expect(sets.exportPreview).toContainText('1 annotation →');
  await statusAfter.picker('Status or saved query').selectOption({ label: 'Status: New' });
  await expect(statusAfter.pickerCount('Status or saved query')).toHaveText('1 article');
  await statusAfter.picker('Status or saved query').selectOption({ label: 'Status: In progress' });
  await expect(statusAfter.pickerCount('Status or saved query')).toHaveText('0 articles');
  await expect(sets.exportPreview).toContainText('0 annotations');
  await saveScreen(page, testInfo, 'export-by-status');
  await expectNoAxeViolations(page, 'export by status');
  await sets.exportDialog.getByRole('button', { name: 'Close' }).click();

  // Review offers the articles of the chosen status only.
  const review = new ReviewPage(page);
  await review.open();
  const articles = page.getByRole('combobox', { name: 'Article', exact: true });
  await expect(articles.locator('option')).toHaveCount(2);
  await statusAfter.picker('Articles to review').selectOption({ label: 'Status: Done' });
  await expect(articles.locator('option')).toHaveText([SAMPLE_TITLES.azertac]);
  await statusAfter.picker('Articles to review').selectOption({ label: 'Status: New' });
  await expect(articles.locator('option')).toHaveText([SAMPLE_TITLES.opinion]);
  await expectNoAxeViolations(page, 'review by status');
  expect(app.pageErrors).toEqual([]);
});
