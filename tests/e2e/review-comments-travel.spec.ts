import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SourcemarkApp, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { startBridgeProcess } from './support/bridge-process';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';
import { SetsPage } from './pages/sets-page';

const AYSEL = { id: 'colleague-aysel', name: 'Aysel' };

/** Leyla and Aysel label Murat Nurtleu differently: a label disagreement to discuss. */
const SPANS: SeedSpan[] = [
  { id: 'm-label', author: 'self', itemId: 'entity.person', phrase: 'Murat Nurtleu' },
  { id: 'a-label', author: AYSEL.id, itemId: 'entity.organisation', phrase: 'Murat Nurtleu' },
];

const COMMENT = 'Checked against the AZERTAC original: a person.';

test("a review comment travels in the native set and shows in the colleague's thread", async ({
  app,
}) => {
  const sets = new SetsPage(app.page);
  await sets.setName('Leyla Mammadova');
  await expect(app.page.getByRole('button', { name: 'Leyla Mammadova' })).toBeVisible();
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(SAMPLE_TITLES.azertac, SPANS, [AYSEL]);
  await app.page.reload();

  // Leyla comments on her own tag in review.
  await library.openArticle(SAMPLE_TITLES.azertac);
  await review.open();
  await review.filterKind('Label disagreement');
  await expect(review.count).toContainText('1 item');
  await app.page.keyboard.press('j');
  await expect(review.currentItem()).toContainText('Label disagreement');
  const mine = app.page.getByRole('article', { name: 'Base: Me (Leyla Mammadova)' });
  await mine.getByRole('textbox', { name: /Comment on/ }).fill(COMMENT);
  await mine.getByRole('button', { name: 'Comment' }).click();
  await expect(mine.locator('.comment-body')).toHaveText(COMMENT);
  await app.page.keyboard.press('Escape');

  // The native export keeps the thread: nothing reported dropped.
  await sets.openExport();
  await expect(sets.exportPreview).toContainText('keeps everything');
  const download = await sets.exportFile();
  const content = await readFile((await download.path())!);
  const file = JSON.parse(content.toString());
  expect(file.version).toBe(2);
  expect(file.set.comments).toEqual([
    expect.objectContaining({
      annotationId: 'm-label',
      authorName: 'Leyla Mammadova',
      body: COMMENT,
    }),
  ]);
  const createdAt: string = file.set.comments[0].createdAt;

  // A colleague's fresh profile imports the set and sees the comment in review.
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
  const fresh = new SourcemarkApp(await startBridgeProcess(), profile);
  try {
    const page = await fresh.open();
    const theirLibrary = new LibraryPage(page);
    await theirLibrary.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
    const theirs = new SetsPage(page);
    await theirs.importFile({
      name: 'leyla.sourcemark.json',
      mimeType: 'application/json',
      buffer: content,
    });
    await expect(theirs.importReport).toContainText('1 imported');
    await expect(theirs.importReport).toContainText('Review comments: 1 imported');
    await theirs.importDialog.getByRole('button', { name: 'Close' }).click();

    await theirLibrary.openArticle(SAMPLE_TITLES.azertac);
    const theirReview = new ReviewPage(page);
    await theirReview.open();
    // The list fills from the database after the screen shows: step once it is there.
    await expect(theirReview.count).toContainText('1 item');
    await page.keyboard.press('j');
    await expect(theirReview.currentItem()).toContainText('Only in compared set');
    const card = page.getByRole('article', { name: 'Compared: Leyla Mammadova' });
    const comment = card.locator('.comment');
    await expect(comment.locator('.comment-body')).toHaveText(COMMENT);
    await expect(comment.locator('.comment-meta')).toContainText('Leyla Mammadova');
    await expect(comment.locator('time')).toHaveAttribute('datetime', createdAt);

    // Importing the same file again adds no second comment.
    await page.keyboard.press('Escape');
    await theirs.importFile({
      name: 'leyla.sourcemark.json',
      mimeType: 'application/json',
      buffer: content,
    });
    await expect(theirs.importReport).toContainText('Review comments: 0 imported, 1 already here');
    expect(fresh.pageErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
  expect(app.pageErrors).toEqual([]);
});
