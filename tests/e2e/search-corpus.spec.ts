import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES, TURKISH_TEXT } from './support/article-files';
import { expectNoAxeViolations } from './support/axe';
import { SCREEN_SIZES, saveScreen } from './support/screens';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

/** Opens Search with its key and runs `query`, waiting for its answer. */
async function search(page: Page, query: string, includeChrome = false) {
  const box = page.getByRole('searchbox', { name: 'Search query' });
  if (!(await box.isVisible())) await page.keyboard.press('Control+Shift+F');
  const status = page.locator('.search-status [role="status"]');
  const finished = Number(await status.getAttribute('data-finished'));
  await box.fill(query);
  await page.getByRole('checkbox', { name: 'Include page chrome' }).setChecked(includeChrome);
  await box.press('Enter');
  await expect(status).toHaveAttribute('data-finished', String(finished + 1), { timeout: 30_000 });
}

const results = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

test('search finds a name in the sample op-ed, folds French and Turkish, reads phrases and NOT, and opens the hit', async ({
  app,
}, testInfo) => {
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await files.write('haber.txt', TURKISH_TEXT);
  await app.answerFileDialog([files.path('haber.txt')]);
  await library.openFiles();
  await expect(library.row(/Bakü ile Astana/)).toBeVisible();

  // The failing example: a name in the text, not in any title.
  await search(app.page, 'Kourmanghazy');
  await expect(results(app.page)).toHaveCount(1);
  await expect(results(app.page).first().locator('mark')).toHaveText('Kourmanghazy');
  await expect(results(app.page).first()).toContainText('Centre de créativité pour enfants');
  await expect(results(app.page).first()).toContainText(SAMPLE_TITLES.azertac);

  // French accents and Turkish dotted İ, typed without them.
  await search(app.page, 'AZERBAIDJANAIS');
  await expect(results(app.page).first().locator('mark')).toHaveText(/azerbaïdjanais/i);
  await search(app.page, 'istanbul');
  await expect(results(app.page)).toHaveCount(1);
  await expect(results(app.page).first().locator('mark')).toHaveText('İstanbul');
  await search(app.page, 'disisleri');
  await expect(results(app.page).first().locator('mark')).toHaveText('Dışişleri');

  // A phrase is found in order only; NOT leaves an article out.
  await search(app.page, '"centre de créativité"');
  await expect(results(app.page)).toHaveCount(1);
  await search(app.page, '"créativité centre"');
  await expect(app.page.locator('.search-status [role="status"]')).toHaveText(/No article matches/);
  // With no row, Export CSV and Tag all cannot act, and are drawn dimmed: they looked like
  // every other button.
  for (const name of ['Export CSV', 'Tag all results…']) {
    await expect(app.page.getByRole('button', { name })).toBeDisabled();
    await expect(app.page.getByRole('button', { name })).toHaveCSS('opacity', '0.55');
  }
  await search(app.page, 'Kazakhstan');
  const withKazakhstan = await results(app.page).count();
  expect(withKazakhstan).toBeGreaterThan(0);
  // Both samples name Azerbaïdjan; only the dispatch names Kazakhstan.
  await search(app.page, 'azerbaidjan -Kazakhstan');
  const articles = await results(app.page).locator('.kwic-title').allTextContents();
  expect(articles.length).toBeGreaterThan(0);
  expect(new Set(articles)).toEqual(new Set([SAMPLE_TITLES.opinion]));

  // The op-ed's page menu is chrome: left out unless asked for.
  await search(app.page, 'teknoloji');
  const inBody = await results(app.page).count();
  await search(app.page, 'teknoloji', true);
  await expect(results(app.page).first().locator('mark')).toHaveText(/teknoloji/i);
  expect(await results(app.page).count()).toBeGreaterThan(inBody);

  // A bad query says what is wrong.
  await search(app.page, '"open phrase');
  await expect(app.page.locator('.search-status [role="status"]')).toHaveText(
    /quotation mark is not closed/,
  );

  await search(app.page, 'Kourmanghazy');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, testInfo, 'search-results');
  }
  await expectNoAxeViolations(app.page, 'search');

  // A click opens the article at the hit, highlighted.
  await results(app.page).first().getByRole('button').click();
  await expect(app.page.getByRole('textbox', { name: 'Article text' })).toBeVisible();
  await expect
    .poll(
      () =>
        app.page.evaluate(() =>
          (CSS.highlights as unknown as Map<string, Set<Range>>)
            .get('sm-search-hit')
            ?.values()
            .next()
            .value?.toString(),
        ),
      {
        timeout: 15_000,
      },
    )
    .toBe('Kourmanghazy');
  const inView = await app.page.evaluate(() => {
    const range = (CSS.highlights as unknown as Map<string, Set<Range>>)
      .get('sm-search-hit')!
      .values()
      .next().value as Range;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  await saveScreen(app.page, testInfo, 'search-hit-opened');
  // Back returns to the same results.
  await app.page.getByRole('button', { name: 'Library', exact: true }).first().click();
  await expect(results(app.page)).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('annotation queries combine with text, results export as CSV, and a saved query survives a reload', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.opinion)).toBeVisible();
  const review = new ReviewPage(app.page);
  // The first "Washington" of the op-ed's stored text, in its body.
  const phrase = 'Washington';
  expect(await review.storedText(SAMPLE_TITLES.opinion)).toContain(phrase);
  await review.seed(
    SAMPLE_TITLES.opinion,
    [
      {
        id: 'claim-false',
        author: 'self',
        itemId: 'claim.claim',
        phrase,
        attributes: { verdict: 'false' },
      },
      {
        id: 'profile',
        author: 'self',
        itemId: 'document.profile',
        phrase: '',
        isDocument: true,
        attributes: { genre: 'opinion', authorRole: 'elected-official' },
      },
    ],
    [],
  );
  await app.page.reload();
  await library.show();

  const query = 'label:claim verdict=false genre=opinion role="elected official" lang:fr';
  await search(app.page, query);
  await expect(results(app.page)).toHaveCount(1);
  await expect(results(app.page).first().locator('mark')).toHaveText(phrase);
  await expect(results(app.page).first().locator('.kwic-chip')).toHaveText('Claim');
  await search(app.page, 'label:claim verdict=false genre=reporting');
  await expect(app.page.locator('.search-status [role="status"]')).toHaveText(/No article matches/);

  await search(app.page, query);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'article_id,title,published,outlet,language,start,end,left,match,right,labels',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`,${phrase},`);
  expect(lines[1]).toMatch(/,Claim$/);

  await app.page.getByRole('textbox', { name: 'Name', exact: true }).fill('False claims, opinion');
  await app.page.getByRole('button', { name: 'Save query' }).click();
  const saved = app.page.getByRole('complementary', { name: 'Saved queries' }).getByRole('button', {
    name: /^False claims, opinion/,
  });
  await expect(saved).toBeVisible();

  await app.page.reload();
  await library.show();
  await app.page.keyboard.press('Control+Shift+F');
  await saved.click();
  await expect(app.page.getByRole('searchbox', { name: 'Search query' })).toHaveValue(query);
  await expect(results(app.page)).toHaveCount(1);
});
