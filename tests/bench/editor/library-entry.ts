/**
 * Puts a benchmark article in the app's library, as a first start would have left it: the
 * article, its text and its annotations seeded again (earlier runs' additions gone), the
 * article the app would reopen forgotten, the page reloaded so the library lists it, and
 * its row answered for the click that opens it.
 * Rows are matched by the article's whole title: several benchmark articles share the
 * library (the main one, and those of the scaling comparison).
 */
import type { Locator, Page } from '@playwright/test';
import { derivedRows } from '../derived-rows';
import type { BenchDocument } from './generate';
import { forgetLastReading, seedArticle } from './in-page';

export interface LibraryEntry {
  row: Locator;
  seedMs: number;
}

export async function showInLibrary(
  page: Page,
  url: string,
  doc: BenchDocument,
): Promise<LibraryEntry> {
  await page.goto(url);
  const library = page.getByRole('table', { name: 'Library' });
  // The app reopens the article an earlier page left open (and says so on <html>): forget
  // it, so that the reload below starts from the library.
  await library
    .locator('tbody tr')
    .first()
    .or(page.locator('html[data-reopen-checked="reopened"]'))
    .first()
    .waitFor({ timeout: 30_000 });
  await page.evaluate(forgetLastReading);
  const seed = await page.evaluate(seedArticle, {
    article: doc.article,
    articleText: doc.articleText,
    articleOriginal: doc.articleOriginal,
    annotations: doc.annotations,
    ...derivedRows([doc.article], doc.annotations),
  });
  // The library lists the seeded article after a reload, as after any first start.
  await page.reload();
  // The reader the first load reopened can store its place again after it was forgotten
  // (its scroll settles late on a loaded machine): then the app reopens that article, and
  // the library row is hidden behind it until the reader goes back.
  const html = page.locator('html[data-reopen-checked]');
  await html.waitFor({ state: 'attached', timeout: 30_000 });
  if ((await html.getAttribute('data-reopen-checked')) === 'reopened')
    await page.locator('.back-button').click();
  const row = library.locator('tbody tr', { hasText: doc.article.title });
  await row.waitFor({ timeout: 30_000 });
  return { row, seedMs: seed.ms };
}
