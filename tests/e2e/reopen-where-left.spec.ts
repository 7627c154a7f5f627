/** The app reopens on the article and the scroll position the analyst left it at. */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { saveScreen } from './support/screens';
import { EditorPage } from './pages/editor-page';

test('a reload reopens the same article scrolled to the same place', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.opinion);
  const surface = page.locator('.editor-surface');
  await surface.evaluate((element) => element.scrollTo(0, 900));
  const top = await surface.evaluate((element) => element.scrollTop);
  expect(top).toBeGreaterThan(800);
  // The place is stored once scrolling settles.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open('sourcemark');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const get = request.result
                .transaction('settings')
                .objectStore('settings')
                .get('lastReading');
              get.onsuccess = () => {
                request.result.close();
                resolve((get.result as { value?: { scrollTop?: number } })?.value?.scrollTop);
              };
            };
          }),
      ),
    )
    .toBe(top);

  await page.reload();
  await expect(page.locator('#reader-title')).toContainText('Azerbaïdjan – États-Unis');
  await expect
    .poll(() => page.locator('.editor-surface').evaluate((element) => element.scrollTop))
    .toBeCloseTo(top, -1);
  await saveScreen(page, testInfo, 'reopened');

  // Back in the library, a reload stays in the library.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.locator('#reader-title')).toHaveCount(0);
});
