import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { SCREEN_SIZES, saveScreen } from './support/screens';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';

const AYSEL = { id: 'colleague-aysel', name: 'Aysel' };
const ZAUR = { id: 'colleague-zaur', name: 'Zaur' };
const CLAIM = 'Les parties ont exprimé leur satisfaction';

/** My set and Aysel's on the AZERTAC sample: same claim, other verdict; other genre. */
const MINE_AND_AYSEL: SeedSpan[] = [
  {
    id: 'm-claim',
    author: 'self',
    itemId: 'claim.claim',
    phrase: CLAIM,
    attributes: { verdict: 'supported', claimType: 'factual' },
  },
  {
    id: 'a-claim',
    author: AYSEL.id,
    itemId: 'claim.claim',
    phrase: CLAIM,
    attributes: { verdict: 'misleading', claimType: 'factual' },
  },
  {
    id: 'm-profile',
    author: 'self',
    itemId: 'document.profile',
    phrase: '',
    isDocument: true,
    attributes: { genre: 'opinion', outletType: 'state-news-agency' },
  },
  {
    id: 'a-profile',
    author: AYSEL.id,
    itemId: 'document.profile',
    phrase: '',
    isDocument: true,
    attributes: { genre: 'reporting', outletType: 'state-news-agency', authorRole: 'wire-agency' },
  },
  { id: 'm-only', author: 'self', itemId: 'entity.date', phrase: '11 mars, AZERTAC' },
  { id: 'a-only', author: AYSEL.id, itemId: 'entity.location', phrase: 'Bakou, 11 mars' },
];

test('review lists attribute and profile disagreements; accepted values land in my set', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(SAMPLE_TITLES.azertac, MINE_AND_AYSEL, [AYSEL]);
  await app.page.reload();
  await library.openArticle(SAMPLE_TITLES.azertac);
  await review.open();

  // Genre and author role (profile), verdict (attribute), only mine, only Aysel's.
  await expect(review.count).toContainText('5 items');
  const items = review.list.locator('.review-item');
  await expect(
    items.filter({ hasText: 'Document profile · Genre: Opinion ≠ Reporting' }),
  ).toHaveCount(1);
  await expect(items.filter({ hasText: 'Verdict: Supported ≠ Misleading' })).toHaveCount(1);
  await expect(review.marks('attribute').first()).toBeVisible();

  // Accept Aysel's verdict: my claim keeps its id and takes her value; the item is settled.
  await review.filterKind('Attribute disagreement');
  await app.page.keyboard.press('j');
  const aysel = app.page.getByRole('article', { name: 'Compared: Aysel' });
  await expect(aysel).toContainText('Verdict: Misleading');
  await aysel.getByRole('button', { name: 'Accept into my set' }).click();
  await expect(review.status).toContainText('Accepted Verdict “Misleading” into my set');
  await expect(review.count).toContainText('0 items');

  // Accept Aysel's genre into my profile, then undo it: the disagreement comes back.
  await review.filterKind('Document profile');
  await expect(review.count).toContainText('2 items');
  await review.list.locator('.review-item', { hasText: 'Genre' }).click();
  await aysel.getByRole('button', { name: 'Accept into my set' }).click();
  await expect(review.count).toContainText('1 item');
  await app.page.keyboard.press('Control+z');
  await expect(review.status).toContainText('Undone: Accept Genre into my set');
  await expect(review.count).toContainText('2 items');
  expect(app.pageErrors).toEqual([]);
});

test('rejected items stay listed and marked, and only-base items can be decided', async ({
  app,
}, testInfo) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(SAMPLE_TITLES.azertac, MINE_AND_AYSEL, [AYSEL]);
  await app.page.reload();
  await library.openArticle(SAMPLE_TITLES.azertac);
  await review.open();
  await expect(review.count).toContainText('5 items');

  // Reject Aysel's "Bakou, 11 mars": still listed, marked, in the text too.
  await review.filterKind('Only in compared set');
  await app.page.keyboard.press('j');
  const aysel = app.page.getByRole('article', { name: 'Compared: Aysel' });
  await aysel.getByRole('button', { name: 'Reject' }).click();
  await expect(aysel.getByRole('button', { name: 'Rejected' })).toBeDisabled();
  await expect(aysel.locator('.review-badge')).toHaveText('Rejected');
  await expect(review.count).toContainText('1 item');
  await expect(review.currentItem()).toHaveAttribute('data-status', 'rejected');
  await expect(review.currentItem()).toContainText('Rejected');
  const rejectedMarks = review.text.locator('mark[data-status="rejected"]');
  await expect(rejectedMarks.first()).toBeVisible();
  expect((await rejectedMarks.allTextContents()).join('')).toBe('Bakou, 11 mars');

  // The status filter finds it, or leaves it out.
  await review.filterKind('All disagreements');
  await review.list.getByLabel('Filter by status').selectOption({ label: 'Rejected' });
  await expect(review.count).toContainText('1 item');
  await review.list.getByLabel('Filter by status').selectOption({ label: 'Not rejected' });
  await expect(review.count).toContainText('4 items');

  // Only in my set: my date tag can go to gold, or be rejected, like a colleague's.
  await review.list.getByLabel('Filter by status').selectOption({ label: 'Any status' });
  await review.filterKind('Only in base set');
  await app.page.keyboard.press('j');
  const mine = app.page.getByRole('article', { name: /^Base: Me/ });
  await expect(mine.getByRole('button', { name: 'Accept into my set' })).toHaveCount(0);
  await mine.getByRole('button', { name: 'Accept into gold' }).click();
  await expect(review.status).toContainText('into gold');
  await mine.getByRole('button', { name: 'Reject' }).click();
  await expect(review.currentItem()).toHaveAttribute('data-status', 'rejected');

  // A rejected profile field: only that field, the other stays open.
  await review.filterKind('Document profile');
  await review.list.locator('.review-item', { hasText: 'Author role' }).click();
  await aysel.getByRole('button', { name: 'Reject' }).click();
  await expect(review.list.locator('.review-item[data-status="rejected"]')).toHaveCount(1);
  await expect(review.list.locator('.review-item[data-status="open"]')).toHaveCount(1);

  await review.filterKind('All disagreements');
  await app.page.keyboard.press('j');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await expect(review.list).toBeInViewport();
    await saveScreen(app.page, testInfo, 'review-decisions');
  }
  expect(app.pageErrors).toEqual([]);
});

test('review compares the sets that hold annotations, not my empty set', async ({
  app,
}, testInfo) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(
    SAMPLE_TITLES.azertac,
    [
      { id: 'a1', author: AYSEL.id, itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
      { id: 'a2', author: AYSEL.id, itemId: 'entity.person', phrase: 'Murat Nurtleu' },
      { id: 'a3', author: AYSEL.id, itemId: 'entity.gpe', phrase: 'Kazakhstan, Murat' },
      { id: 'z1', author: ZAUR.id, itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
      { id: 'z2', author: ZAUR.id, itemId: 'entity.organisation', phrase: 'Murat Nurtleu' },
    ],
    [AYSEL, ZAUR],
  );
  await app.page.reload();
  await library.openArticle(SAMPLE_TITLES.azertac);
  await review.open();

  await expect(review.screen.getByLabel('Base set')).toHaveValue(AYSEL.id);
  const compared = review.screen.getByRole('group', { name: 'Compared with' });
  await expect(compared.getByRole('checkbox', { name: /^Zaur · 2/ })).toBeChecked();
  await expect(compared.getByRole('checkbox', { name: /^Me/ })).not.toBeChecked();
  // Aysel against Zaur: one agreement, one label disagreement, one tag only Aysel made.
  await expect(review.count).toContainText('2 items');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, testInfo, 'review-default-sets');
  }
  expect(app.pageErrors).toEqual([]);
});
