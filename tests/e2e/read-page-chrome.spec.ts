/**
 * The opinion piece is a page dump: its menus, tickers and footers collapse to markers, the
 * article body reads on its own, and the analyst corrects the split in one action.
 */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { ReviewPage } from './pages/review-page';

test('page chrome collapses to markers that expand, and the split can be corrected', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  const menuLine = editor.text.locator('p', { hasText: 'BK TEKNOLOJI' });
  const byline = editor.text.locator('p', { hasText: /^Par Kadir Duran$/ });
  const firstMarker = editor.text.locator('p[data-chrome-marker]').first();

  // The menu is hidden behind a marker; the byline of the article is shown.
  await expect(firstMarker).toHaveAttribute(
    'data-chrome-marker',
    /^Page chrome · \d+ lines · show$/,
  );
  await expect(menuLine).toBeHidden();
  await expect(byline).toBeVisible();

  // The marker expands with the keyboard, and collapses again.
  await firstMarker.focus();
  await app.page.keyboard.press('Enter');
  await expect(menuLine).toBeVisible();
  await app.page.keyboard.press('Enter');
  await expect(menuLine).toBeHidden();

  // The analyst decides the byline line is chrome: one key, and it collapses.
  await editor.selectPhrase('Par Kadir Duran');
  await app.page.keyboard.press('Alt+C');
  await expect(editor.status).toHaveText(/Marked as page chrome/);
  // A line of chrome alone becomes its own marker, its text hidden.
  await expect(byline).toHaveAttribute('data-chrome', 'hidden');
  await expect(byline).toHaveAttribute('data-chrome-marker', 'Page chrome · 1 line · show');

  // The correction is stored: after a restart the line is still chrome.
  await app.restart();
  const reopened = new EditorPage(app.page);
  await reopened.open(SAMPLE_TITLES.opinion);
  const bylineAgain = reopened.text.locator('p', { hasText: /^Par Kadir Duran$/ });
  await expect(bylineAgain).toHaveAttribute('data-chrome', 'hidden');

  // Expanded, it is given back to the body with the button.
  await bylineAgain.click({ position: { x: 10, y: 8 } });
  await expect(bylineAgain).toHaveAttribute('data-chrome', 'shown');
  await reopened.selectPhrase('Par Kadir Duran');
  await app.page.getByRole('button', { name: /Mark lines as article body/ }).click();
  await expect(reopened.status).toHaveText(/Marked as article body/);
  await expect(bylineAgain).not.toHaveAttribute('data-chrome', /.+/);
});

test('the review screen collapses page chrome as the reader does', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  const review = new ReviewPage(app.page);
  await review.open();
  const text = review.screen.getByLabel('Compared text');
  const chrome = text.locator('details.review-chrome').first();
  await expect(chrome.locator('summary')).toHaveText(/^Page chrome · \d+ lines$/);
  await expect(text.locator('p', { hasText: 'BK TEKNOLOJI' })).toBeHidden();
  await expect(text.locator('p', { hasText: /^Par Kadir Duran$/ })).toBeVisible();
  await chrome.locator('summary').click();
  await expect(text.locator('p', { hasText: 'BK TEKNOLOJI' })).toBeVisible();
});
