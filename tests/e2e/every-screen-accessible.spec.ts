/**
 * Every screen passes axe-core with no violation, in the light and the dark theme: the
 * library (filled and empty), the reader with annotations and page chrome, the palette,
 * the cheat sheet, the settings, the export and import dialogs, the codebook editor, review
 * and agreement. Findings of all screens are gathered, so one run lists everything to fix.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { axeFindings } from './support/axe';
import { saveScreen } from './support/screens';
import { CodebookPage } from './pages/codebook-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';

const COLLEAGUE = { id: 'colleague-aysel', name: 'Aysel' };

function seedSpans(text: string): SeedSpan[] {
  const labels = ['entity.person', 'entity.gpe', 'technique.loaded-language', 'claim.claim'];
  // Words of the article body, after the page's menus (the byline opens the body).
  const body = text.indexOf('Par Kadir Duran');
  const words = [...text.slice(body).matchAll(/\p{L}{6,}/gu)].slice(0, 16).map((word) => {
    word.index += body;
    return word;
  });
  return words.flatMap((word, i) => {
    const range = { start: word.index, end: word.index + word[0].length };
    const itemId = labels[i % labels.length]!;
    const spans: SeedSpan[] = [{ id: `me-${i}`, author: 'self', itemId, phrase: '', range }];
    if (i % 2 === 0) {
      spans.push({ id: `ay-${i}`, author: COLLEAGUE.id, itemId, phrase: '', range });
    } else if (i % 3 === 0) {
      const other = labels[(i + 1) % labels.length]!;
      spans.push({ id: `ay-${i}`, author: COLLEAGUE.id, itemId: other, phrase: '', range });
    }
    return spans;
  });
}

/** Opens every screen in turn and checks it; each screen's findings are a soft failure. */
async function visitEveryScreen(page: Page, testInfo: TestInfo, theme: string): Promise<void> {
  const check = async (screen: string) => {
    const findings = await axeFindings(page);
    await saveScreen(page, testInfo, `a11y-${theme}-${screen.replace(/\W+/g, '-')}`);
    expect.soft(findings, `${theme} ${screen}`).toEqual([]);
  };
  const library = new LibraryPage(page);
  await library.show();
  await check('library');

  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.opinion);
  await expect(editor.marks().first()).toBeAttached();
  await editor.focusFromList('Person', '');
  await check('reader with annotations and page chrome');
  await editor.selectPhrase('Washington');
  await page.keyboard.press('Enter');
  await expect(editor.palette).toBeVisible();
  await check('label palette');
  await page.keyboard.press('Escape');
  await editor.releaseKeyboard();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  await check('cheat sheet');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+,');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await check('settings');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export annotations' })).toBeVisible();
  await check('export dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import annotations' })).toBeVisible();
  await check('import dialog');
  await page.keyboard.press('Escape');

  const codebook = new CodebookPage(page);
  await codebook.open();
  await check('codebook editor');
  await page.keyboard.press('Escape');

  const review = new ReviewPage(page);
  await review.open();
  await expect(review.list).toBeVisible();
  await check('review');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Span agreement' })).toBeVisible();
  await check('agreement');
  await page.keyboard.press('Escape');
}

/** The opinion piece with the analyst's and a colleague's tags, at 1024×700. */
async function seedLibrary(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 700 });
  const library = new LibraryPage(page);
  await expect(library.row(SAMPLE_TITLES.opinion)).toBeAttached();
  const review = new ReviewPage(page);
  const text = await review.storedText(SAMPLE_TITLES.opinion);
  await review.seed(SAMPLE_TITLES.opinion, seedSpans(text), [COLLEAGUE]);
  await page.reload();
}

test('every screen has no axe-core violation in the light theme', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  await seedLibrary(app.page);
  await visitEveryScreen(app.page, testInfo, 'light');
});

test('every screen has no axe-core violation in the dark theme', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  await seedLibrary(page);
  // The ⚙ button: after the reload the first-run name box holds the keyboard.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await visitEveryScreen(page, testInfo, 'dark');
});

test('the empty library has no axe-core violation, light and dark', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(new LibraryPage(page).rows().first()).toBeAttached();
  // Every article gone (the samples were seeded once, so none return).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sourcemark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // The library's rows go with their articles, as the app's own writes keep them.
    const tx = db.transaction(['articles', 'articleTexts', 'articleRows'], 'readwrite');
    tx.objectStore('articles').clear();
    tx.objectStore('articleTexts').clear();
    tx.objectStore('articleRows').clear();
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  expect.soft(await axeFindings(page), 'light empty library').toEqual([]);
  await saveScreen(page, testInfo, 'a11y-light-empty-library');
  await page.keyboard.press('Control+,');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect.soft(await axeFindings(page), 'dark empty library').toEqual([]);
  await saveScreen(page, testInfo, 'a11y-dark-empty-library');
});
