/**
 * Keyboard additions in the open article: select a word on screen, press `e` then `p`
 * (Entities → Person), and time key press to mark painted and to row stored in IndexedDB
 * (`selectWordAndArm` watches both inside the page). An addition's time is the later of
 * the two: the mark is on screen and its row is kept.
 */
import type { Page } from '@playwright/test';
import { percentile } from '../report';
import { openBenchDb, selectWordAndArm } from './in-page';

interface AddWatch {
  keyAt: number;
  visibleAt: number;
  nextFrameAt?: number;
  storedAt: number;
  error?: string;
}

export interface AdditionsFigures {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  visibleMedianMs: number;
  visibleP95Ms: number;
  storedMedianMs: number;
  storedP95Ms: number;
  /**
   * The p95 as timed before December 2026: to the paint of the frame after the one that
   * showed the mark (one frame more), for comparison with earlier figures.
   */
  nextFrameP95Ms: number;
  /** Selections the page never confirmed within their wait: no addition was made there. */
  unselected: number;
  /** Additions not painted and stored within their wait, counted at the wait's length. */
  timedOut: number;
}

const SELECTION_WAIT_MS = 10_000;
const ADDITION_WAIT_MS = 20_000;

/** Whether `promise` settled within its wait (Playwright rejects with a TimeoutError). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return false;
    throw error;
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Makes `count` additions and answers their figures; throws if the app reports an error.
 * `firstAttempt`: where to start in the sequence of words (a second series in the same page
 * picks other words than the first).
 */
export async function runAdditions(
  page: Page,
  count: number,
  firstAttempt = 0,
): Promise<AdditionsFigures> {
  await page.evaluate(openBenchDb);
  const totals: number[] = [];
  const visible: number[] = [];
  const stored: number[] = [];
  const nextFrame: number[] = [];
  let unselected = 0;
  let timedOut = 0;
  for (let attempt = firstAttempt; attempt < firstAttempt + count; attempt++) {
    await page.evaluate(selectWordAndArm, attempt);
    // A plain query, not a locator: Playwright's selector engine walks every element (for
    // shadow roots), 90 ms a poll on a 50,000-annotation page, which loaded the machine.
    const selected = await settled(
      page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="selection-status"]')
            ?.textContent?.startsWith('Selection ') === true,
        undefined,
        { timeout: SELECTION_WAIT_MS, polling: 20 },
      ),
    );
    // Under heavy load a wait can run out: the run goes on and says how often, rather than
    // dying and leaving no figure at all.
    if (!selected) {
      unselected++;
      continue;
    }
    await page.keyboard.press('e');
    await page.keyboard.press('p');
    const added = await settled(
      page.waitForFunction(
        () => {
          const add = (window as unknown as { __add?: Partial<AddWatch> }).__add;
          return add && (add.error || (add.visibleAt && add.nextFrameAt && add.storedAt));
        },
        undefined,
        { timeout: ADDITION_WAIT_MS, polling: 20 },
      ),
    );
    if (!added) {
      timedOut++;
      for (const list of [totals, visible, stored, nextFrame]) list.push(ADDITION_WAIT_MS);
      continue;
    }
    const add = await page.evaluate(() => (window as unknown as { __add: AddWatch }).__add);
    if (add.error) throw new Error(`addition ${attempt}: ${add.error}`);
    totals.push(Math.max(add.visibleAt, add.storedAt) - add.keyAt);
    visible.push(add.visibleAt - add.keyAt);
    stored.push(add.storedAt - add.keyAt);
    nextFrame.push(Math.max(add.nextFrameAt!, add.storedAt) - add.keyAt);
  }
  if (totals.length === 0) throw new Error(`none of ${count} additions could be made`);
  return {
    count: totals.length,
    medianMs: round(percentile(totals, 50)),
    p95Ms: round(percentile(totals, 95)),
    maxMs: round(Math.max(...totals)),
    visibleMedianMs: round(percentile(visible, 50)),
    visibleP95Ms: round(percentile(visible, 95)),
    storedMedianMs: round(percentile(stored, 50)),
    storedP95Ms: round(percentile(stored, 95)),
    nextFrameP95Ms: round(percentile(nextFrame, 95)),
    unselected,
    timedOut,
  };
}
