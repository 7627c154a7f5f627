/**
 * A full disk in real Chromium: the origin's quota is lowered through the DevTools
 * protocol (`Storage.overrideQuotaForOrigin`), so IndexedDB refuses writes as it would on
 * a full disk. The app must warn before, name what did not fit, and lose nothing.
 *
 * Two things Chromium does that a quota test must allow for (both measured in Chromium 156):
 * IndexedDB compresses values (Snappy), so a text of one repeated sentence takes a
 * fraction of its length on disk and fits a small quota; the text here is random letters,
 * which do not compress. And `navigator.storage.estimate()` reports usage + 10 GiB whatever
 * the quota (the StaticStorageQuota feature, against fingerprinting): the app fixture turns
 * it off, as Electron's main process does, so the estimate is the real one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

async function setQuota(page: Page, origin: string, quotaSize: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
}

const usage = (page: Page) =>
  page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** `length` characters of random lower-case words: text that does not compress. */
function incompressibleText(length: number): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = Array.from({ length: 3 + Math.floor(Math.random() * 7) }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join('');
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

// Still not passing in Chromium 156: the override does not make this write fail. The
// override is active (Storage.getUsageAndQuota: quota 440,549, usage 240,549,
// overrideActive) and a 3 MB random-letter put into a fresh origin's database is refused
// (QuotaExceededError, checked in a standalone script), yet here the 3 MB article is stored
// whole: the report says "Added 1" and the library lists 3 articles, the new one included
// (looked at again on 6 December: no row is lost, the import just is not refused). The
// likely difference is that the app has asked for persistent storage, which the override
// may not bound. The refusal itself (QuotaExceededError → "did not fit", nothing written)
// is covered without Chromium in `storage.test.ts` and `import-session.test.ts`.
test.fixme('a write the quota refuses names what did not fit and loses nothing', async ({
  app,
}) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  // Room for 200 kB more: a 3 MB article cannot fit.
  await setQuota(page, app.bridge.origin, (await usage(page)) + 200_000);
  const big = await files.write(
    'long.txt',
    `Un très long article\n\n${incompressibleText(3_000_000)}`,
  );
  await app.answerFileDialog([big]);
  await library.openFiles();

  await expect(library.report).toContainText(/did not fit/);
  await expect(library.report).toContainText(/Nothing of this action was saved/);
  await page.screenshot({ path: test.info().outputPath('storage-full-1280.png') });
  await expect(library.rows()).toHaveCount(2);

  // After a restart the library is as it was: nothing half-written.
  const again = await app.restart();
  await new LibraryPage(again).expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
});

test('at 80 % of the quota the app warns at start with what takes the space', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await setQuota(page, app.bridge.origin, Math.ceil((await usage(page)) / 0.9));
  await page.reload();
  await expect(page.getByText(/Storage is \d+ % full/)).toContainText('The most space goes to');
});
