import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';

const AYSEL = { id: 'colleague-aysel', name: 'Aysel' };

/** One span of each kind against Aysel's set on the AZERTAC sample. */
const SPANS: SeedSpan[] = [
  { id: 'm-agree', author: 'self', itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
  { id: 'a-agree', author: AYSEL.id, itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
  { id: 'm-label', author: 'self', itemId: 'entity.person', phrase: 'Murat Nurtleu' },
  { id: 'a-label', author: AYSEL.id, itemId: 'entity.organisation', phrase: 'Murat Nurtleu' },
  { id: 'm-bound', author: 'self', itemId: 'entity.gpe', phrase: 'Kazakhstan, Murat' },
  {
    id: 'a-bound',
    author: AYSEL.id,
    itemId: 'entity.gpe',
    phrase: 'Kazakhstan, Murat',
    extendLeft: 3,
  },
  { id: 'a-only', author: AYSEL.id, itemId: 'entity.location', phrase: 'Bakou, 11 mars' },
  { id: 'm-only', author: 'self', itemId: 'entity.date', phrase: '11 mars, AZERTAC' },
];

test('colleague tags are compared, stepped through, accepted into my set and commented', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(SAMPLE_TITLES.azertac, SPANS, [AYSEL]);
  await app.page.reload();
  const countCell = library.row(SAMPLE_TITLES.azertac).locator('td.col-count');
  await expect(countCell).toHaveText('8');

  await library.openArticle(SAMPLE_TITLES.azertac);
  await review.open();
  await expect(review.screen.getByLabel('Article', { exact: true })).toHaveValue(/.+/);
  for (const kind of ['agreement', 'label', 'boundary', 'only-base', 'only-other']) {
    await expect(review.marks(kind).first()).toBeVisible();
  }
  // Four disagreements: label, boundary, only mine, only Aysel's.
  await expect(review.count).toContainText('4 items');

  // Keyboard stepping: j/] forward, k/[ back, in text order.
  await app.page.keyboard.press('j');
  await expect(review.currentItem()).toContainText('Only in compared set'); // Bakou
  await app.page.keyboard.press(']');
  await expect(review.currentItem()).toContainText('Only in base set'); // 11 mars, AZERTAC
  await app.page.keyboard.press('j');
  await expect(review.currentItem()).toContainText('Boundary disagreement');
  await app.page.keyboard.press('k');
  await expect(review.currentItem()).toContainText('Only in base set');
  await expect(review.text.locator('mark.is-current').first()).toBeVisible();

  // Filter to Aysel-only tags and accept the one there into my set.
  await review.filterKind('Only in compared set');
  await expect(review.count).toContainText('1 item');
  await app.page.keyboard.press('j');
  const card = app.page.getByRole('article', { name: 'Compared: Aysel' });
  await expect(card).toContainText('Bakou, 11 mars');
  await card.getByRole('button', { name: 'Accept into my set' }).click();
  await expect(review.status).toContainText('Accepted');
  // Now mine too: the item becomes an agreement; one undo takes the copy back, and redoing
  // is accepting again.
  await expect(review.count).toContainText('0 items');
  await app.page.keyboard.press('Control+z');
  await expect(review.status).toContainText('Undone: Accept into my set');
  await expect(review.count).toContainText('1 item');
  await app.page.keyboard.press('j');
  await card.getByRole('button', { name: 'Accept into my set' }).click();
  await expect(review.count).toContainText('0 items');

  // A comment on Aysel's label-disagreeing tag.
  await review.filterKind('Label disagreement');
  await app.page.keyboard.press('j');
  const labelCard = app.page.getByRole('article', { name: 'Compared: Aysel' });
  await labelCard.getByRole('textbox', { name: /Comment on/ }).fill('A person, not an org');
  await labelCard.getByRole('button', { name: 'Comment' }).click();
  await expect(labelCard.locator('.comment-body')).toHaveText('A person, not an org');

  // Back in the library, the article counts the accepted copy.
  await app.page.keyboard.press('Escape');
  await app.page.keyboard.press('Escape');
  await expect(countCell).toHaveText('9');

  // The comment survives a restart.
  const page = await app.restart();
  await new LibraryPage(page).openArticle(SAMPLE_TITLES.azertac);
  const reopened = new ReviewPage(page);
  await reopened.open();
  await reopened.filterKind('Label disagreement');
  await page.keyboard.press('j');
  await expect(
    page.getByRole('article', { name: 'Compared: Aysel' }).locator('.comment'),
  ).toContainText('A person, not an org');
  expect(app.pageErrors).toEqual([]);
});
