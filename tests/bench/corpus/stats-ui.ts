/**
 * The statistics view over the whole corpus, through the UI: from the click on
 * "Statistics" to the painted figures (tables and charts), with the longest task inside.
 */
import type { Page } from '@playwright/test';
import { summarise, under, type TargetResult } from '../report';
import { clickButton, longestTaskIn, waitFor } from './in-page';
import { mainThreadProfiler } from './main-thread-profile';

export async function statsUi(page: Page, runs: number) {
  const times: number[] = [];
  const tasks: number[] = [];
  let summary = '';
  const profiler = mainThreadProfiler(page, 'statistics');
  for (let run = 0; run < runs; run++) {
    await profiler.start();
    const from = await page.evaluate(clickButton, 'Statistics');
    const to = await page.evaluate(waitFor, {
      selector: '.stats-figures canvas, .stats-empty',
      timeoutMs: 120_000,
    });
    await profiler.stop(`run${run + 1}`);
    times.push(to - from);
    tasks.push(await page.evaluate(longestTaskIn, { from, to }));
    summary = (await page.locator('.stats-summary').textContent()) ?? '';
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('.stats-view').waitFor({ state: 'detached' });
  }
  const targets: Record<string, TargetResult> = {
    'statistics over everything, median (ms)': under(Math.round(summarise(times).median), 1_000),
    // The view keeps what it read for the next opening: the first one reads the corpus.
    'statistics over everything, first opening (ms)': under(Math.round(times[0]!), 1_000),
  };
  return {
    figures: {
      summary,
      shownMs: summarise(times, 0),
      firstShownMs: Math.round(times[0]!),
      longestTaskMs: summarise(tasks, 0),
    },
    targets,
    longestTaskMs: Math.max(...tasks),
    problems: [] as string[],
  };
}
