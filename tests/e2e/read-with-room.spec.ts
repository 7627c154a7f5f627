/**
 * Room to read: at 1024×700 and 1280×800 the top bar is one row and, once the text scrolls,
 * the header folds to its title line and at least 70 % of the window is article text; the
 * details come back on demand, from the keyboard. Notices that are news go by themselves;
 * errors stay. The name prompt says why it asks.
 */
import { rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES } from './support/article-files';
import { saveScreen, SCREEN_SIZES } from './support/screens';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

/** The visible height of the article's text box, as a share of the window's height. */
async function textShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.editor-surface')!.getBoundingClientRect();
    const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    return visible / window.innerHeight;
  });
}

for (const size of SCREEN_SIZES) {
  test(`at ${size.width}×${size.height} the text takes at least 70 % of the window`, async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await page.setViewportSize(size);
    const editor = new EditorPage(page);
    await editor.open(SAMPLE_TITLES.opinion);

    // The top bar is one row: every button on the same line, the bar no taller than one.
    const bar = page.locator('.top-bar');
    const barBox = (await bar.boundingBox())!;
    expect(barBox.height).toBeLessThan(48);
    // One row: every button overlaps every other vertically (a link-styled button is
    // shorter than a framed one, so their tops differ by a few pixels on the same row).
    const boxes = await bar
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    expect(Math.max(...boxes.map((b) => b.top))).toBeLessThan(
      Math.min(...boxes.map((b) => b.bottom)),
    );
    // And no control runs off the window's edge.
    const rights = await bar
      .locator('button, input')
      .evaluateAll((controls) => controls.map((c) => c.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(size.width);
    const open = await textShare(page);
    testInfo.annotations.push({ type: 'text share, header open', description: open.toFixed(3) });

    await page.locator('.editor-surface').evaluate((element) => element.scrollBy(0, 600));
    const header = page.locator('.reader-header');
    await expect(header).toHaveAttribute('data-collapsed', 'true');
    await expect(page.getByRole('group', { name: 'Article metadata' })).toBeHidden();
    const share = await textShare(page);
    testInfo.annotations.push({ type: 'text share, scrolled', description: share.toFixed(3) });
    console.log(
      `${size.width}x${size.height}: text ${open.toFixed(3)} open, ${share.toFixed(3)} scrolled`,
    );
    expect(share).toBeGreaterThanOrEqual(0.7);
    await saveScreen(page, testInfo, 'reader-scrolled');

    // The details come back on demand, by keyboard.
    const toggle = page.getByRole('button', { name: 'Show details' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Fold details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByRole('group', { name: 'Article metadata' })).toBeVisible();
    await saveScreen(page, testInfo, 'reader-details-shown');
  });
}

test('the name prompt says why it asks', async ({ app }, testInfo) => {
  const prompt = app.page.getByRole('textbox', { name: 'Your name, for your annotations' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toHaveAccessibleDescription(/written on your annotations and exports/i);
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await saveScreen(app.page, testInfo, 'name-prompt');
});

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

test('news notices go by themselves; an error stays until dismissed', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const library = new LibraryPage(page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const path = await files.write('corridor.txt', 'Le corridor médian\n\nPremier texte.\n');
  await app.answerFileDialog([path]);
  await library.openFiles();
  await expect(library.report).toContainText(/Added 1/);
  // A report with nothing but its count is news: it goes by itself too.
  await expect(library.report).toBeHidden({ timeout: 15_000 });

  await writeFile(path, 'Le corridor médian\n\nSecond texte, plus long.\n');
  await page.evaluate(() => void window.dispatchEvent(new Event('focus')));
  const news = page.locator('.notice', { hasText: 'changed on disk and was read again' });
  await expect(news).toBeVisible();
  await expect(news).toBeHidden({ timeout: 15_000 });

  await rm(path);
  await page.evaluate(() => void window.dispatchEvent(new Event('focus')));
  const error = page.locator('.notice', { hasText: 'its source file is missing' });
  await expect(error).toBeVisible();
  await page.waitForTimeout(8000);
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(error).toBeHidden();
});

test('an import report naming a duplicate stays until dismissed', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const library = new LibraryPage(page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const first = await files.write('corridor.txt', 'Le corridor médian\n\nPremier texte.\n');
  const copy = await files.write('corridor-copy.txt', 'Le corridor médian\n\nPremier texte.\n');
  await app.answerFileDialog([first, copy]);
  await library.openFiles();
  await expect(library.report).toContainText(/Added 1 · 1 duplicate/);
  await page.waitForTimeout(8000);
  await expect(library.report).toBeVisible();
  await library.report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(library.report).toBeHidden();
});
