/**
 * Times one open with the shared probe (`open-probe.ts`): arms it, clicks, and waits for the
 * first screen and the whole document, or answers `null` when `timeoutMs` passes first. The
 * timeout runs in Node, so a page whose main thread is stuck in one long task still ends.
 */
import type { Page } from '@playwright/test';
import {
  armOpenProbe,
  isOpenDone,
  readOpenTimes,
  type OpenProbeArgs,
  type OpenTimes,
} from './open-probe';

export interface OpenFigures {
  firstScreenMs: number;
  wholeMs: number;
  textElementMs: number;
  firstMarkInDomMs: number;
  longestTaskMs: number;
  longTasks: number;
}

export async function timeOpen(
  page: Page,
  probe: OpenProbeArgs,
  click: () => Promise<unknown>,
  timeoutMs: number,
): Promise<OpenFigures | null> {
  // The first `waitForFunction` injects Playwright's own script (about 330 KB, 25-30 ms of
  // the page's main thread in a trace), which otherwise lands inside the timed open.
  await page.waitForFunction(() => true);
  await page.evaluate(armOpenProbe, probe);
  const opened = (async () => {
    await click();
    await page.waitForFunction(isOpenDone, undefined, { timeout: 0, polling: 50 });
    return page.evaluate(readOpenTimes);
  })();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const times = await Promise.race([opened, timedOut]);
  clearTimeout(timer);
  // After a timeout the caller closes the page, which rejects the pending wait.
  opened.catch(() => {});
  return times && figuresOf(times);
}

const since = (times: OpenTimes, at: number | undefined) =>
  at === undefined ? NaN : Math.round((at - times.clickAt) * 10) / 10;

function figuresOf(times: OpenTimes): OpenFigures {
  return {
    firstScreenMs: since(times, times.firstScreenAt),
    wholeMs: since(times, times.wholeAt),
    textElementMs: since(times, times.textElementAt),
    firstMarkInDomMs: since(times, times.firstMarkInDomAt),
    longestTaskMs: Math.max(0, ...times.longTasks),
    longTasks: times.longTasks.length,
  };
}
