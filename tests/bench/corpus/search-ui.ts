/**
 * Search through the UI, in Chromium: the index built by the worker from scratch (first
 * open of Search on the seeded library) and loaded from IndexedDB after a reload, the 20
 * queries (submit to the painted first rows, and to the run's end), and a plain
 * `String.includes` scan over the stored texts in the same page for the side-by-side ratio.
 */
import type { Page } from '@playwright/test';
import { percentile, summarise, under, type TargetResult } from '../report';
import { clickButton, longestTaskIn, runSearch } from './in-page';
import { mainThreadProfiler } from './main-thread-profile';
import { CORPUS_QUERIES } from './search-section';

const READY = '.search-status [role="status"]';
const round = (value: number) => Math.round(value * 10) / 10;

/** Opens Search and answers ms until the index says every article is searchable. */
async function openSearch(page: Page): Promise<{ ms: number; longest: number }> {
  const from = await page.evaluate(clickButton, 'Search');
  await page.locator(READY).filter({ hasText: 'searchable' }).waitFor({ timeout: 600_000 });
  const to = await page.evaluate(() => performance.now());
  return { ms: to - from, longest: await page.evaluate(longestTaskIn, { from, to }) };
}

/** Every stored text read in the page, then each word scanned with `String.includes`. */
async function includesScan(page: Page, words: string[], runs: number) {
  return page.evaluate(
    async ({ words, runs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sourcemark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<{ text: string }[]>((resolve, reject) => {
        const request = db.transaction('articleTexts').objectStore('articleTexts').getAll();
        request.onsuccess = () => resolve(request.result as { text: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const texts = rows.map((row) => row.text);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        for (const word of words) {
          const started = performance.now();
          let found = 0;
          for (const text of texts) if (text.includes(word)) found++;
          times.push(performance.now() - started + found * 0);
        }
      }
      return times;
    },
    { words, runs },
  );
}

export async function searchUi(page: Page, runs: number) {
  const profiler = mainThreadProfiler(page, 'search');
  await profiler.start();
  const built = await openSearch(page);
  await profiler.stop('index-build');
  await page.reload();
  await page.locator('table.library-table tbody tr').first().waitFor({ timeout: 120_000 });
  await profiler.start();
  const loaded = await openSearch(page);
  await profiler.stop('index-load');
  await profiler.start();

  const firsts: number[] = [];
  // Submit to the worker's first rows arriving in the page, and from there to them painted.
  const founds: number[] = [];
  const paints: number[] = [];
  const completes: number[] = [];
  const tasks: number[] = [];
  const wordTimes: number[] = [];
  const each: {
    query: string;
    status: string;
    firstRowsMs: number;
    foundMs: number;
    completeMs: number;
    hasOwnRows: boolean;
    longestTaskMs: number;
  }[] = [];
  for (let run = 0; run < runs; run++) {
    for (const { query, kind } of CORPUS_QUERIES) {
      const timing = await page.evaluate(runSearch, query);
      const first = timing.firstRowsAt - timing.from;
      const complete = timing.to - timing.from;
      firsts.push(first);
      const found = timing.foundAt < 0 ? -1 : timing.foundAt - timing.from;
      if (found >= 0) {
        founds.push(found);
        paints.push(first - found);
      }
      completes.push(complete);
      if (kind === 'word' || kind === 'phrase') wordTimes.push(complete);
      const longestTask = await page.evaluate(longestTaskIn, timing);
      tasks.push(longestTask);
      if (run === 0)
        each.push({
          query,
          status: timing.status,
          firstRowsMs: round(first),
          foundMs: round(found),
          completeMs: round(complete),
          hasOwnRows: timing.hasOwnRows,
          longestTaskMs: Math.round(longestTask),
        });
    }
  }
  await profiler.stop('queries');
  const scanWords = CORPUS_QUERIES.flatMap((query) => (query.scanWord ? [query.scanWord] : []));
  const scans = await includesScan(page, scanWords, runs);
  await page.keyboard.press('Escape');

  const targets: Record<string, TargetResult> = {
    'search in Chromium, p95 to first rows painted (ms)': under(round(percentile(firsts, 95)), 50),
    'search in Chromium, p95 complete (ms)': under(round(percentile(completes, 95)), 50),
  };
  return {
    figures: {
      indexBuildFromScratchMs: round(built.ms),
      indexBuildLongestTaskMs: round(built.longest),
      indexLoadAfterReloadMs: round(loaded.ms),
      indexLoadLongestTaskMs: round(loaded.longest),
      firstRowsMs: { p50: round(percentile(firsts, 50)), p95: round(percentile(firsts, 95)) },
      firstFoundInPageMs: {
        p50: round(percentile(founds, 50)),
        p95: round(percentile(founds, 95)),
      },
      foundToPaintedMs: { p50: round(percentile(paints, 50)), p95: round(percentile(paints, 95)) },
      completeMs: { p50: round(percentile(completes, 50)), p95: round(percentile(completes, 95)) },
      queryLongestTaskMs: summarise(tasks, 0),
      each,
      versusIncludesScanInPage: {
        scanP50Ms: round(percentile(scans, 50)),
        searchWordsCompleteP50Ms: round(percentile(wordTimes, 50)),
        ratioSearchToScan: round(percentile(wordTimes, 50) / Math.max(0.01, percentile(scans, 50))),
      },
    },
    targets,
    longestTaskMs: Math.max(built.longest, loaded.longest, ...tasks),
    problems: [] as string[],
  };
}
