/**
 * Does an addition cost more on an article with more annotations? The same keyboard
 * additions (`additions.ts`) on two articles of the same size and kind of text, one with
 * few annotations and one with fifty times as many, each opened afresh in its own page,
 * one after the other in the same run: their p95 ratio says whether an addition still
 * costs what it adds, or grows with what is already there.
 */
import type { BrowserContext } from '@playwright/test';
import { runAdditions, type AdditionsFigures } from './additions';
import { startProfile, stopProfile } from './cpu-profile';
import type { BenchDocument } from './generate';
import { settleIdle } from './in-page';
import { showInLibrary } from './library-entry';
import { timeOpen } from './open-timing';
import { pageMetrics } from './page-metrics';
import { startTrace, stopTrace } from './trace';

export interface ScalingSide {
  annotations: number;
  /** From the click to every line in the DOM; the additions start after it settles. */
  openWholeMs: number;
  additions: AdditionsFigures;
  /** The page's script, style and layout time per addition (Chromium's counters). */
  perAddition: { scriptMs: number; styleMs: number; layoutMs: number };
}

export interface ScalingRun {
  few: ScalingSide;
  many: ScalingSide;
  /** The many-annotation article's addition p95 ÷ the few-annotation one's. */
  p95Ratio: number;
}

interface SideOptions {
  additions: number;
  openTimeoutMs: number;
  /** Where to write a CPU profile of the additions, if anywhere. */
  profile?: string;
  /** Where to write a Chromium trace of the additions instead (`trace.ts`), if anywhere. */
  trace?: string;
}

async function runSide(
  context: BrowserContext,
  url: string,
  doc: BenchDocument,
  options: SideOptions,
  pageErrors: string[],
): Promise<ScalingSide> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    const { row } = await showInLibrary(page, url, doc);
    const opened = await timeOpen(
      page,
      {
        frame: null,
        scroller: '.editor-surface',
        text: '.article-text',
        mark: '.sm-mark',
        lines: doc.lines,
      },
      () => row.click(),
      options.openTimeoutMs,
    );
    if (!opened) throw new Error(`the app did not open the article in ${options.openTimeoutMs} ms`);
    await page.evaluate(settleIdle, 10_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageMetrics(cdp);
    if (options.profile) await startProfile(cdp);
    if (options.trace) await startTrace(cdp);
    const additions = await runAdditions(page, options.additions);
    if (options.profile) await stopProfile(cdp, options.profile);
    if (options.trace) await stopTrace(cdp, options.trace);
    const after = await pageMetrics(cdp);
    const per = (name: string) =>
      Math.round(((after[name]! - before[name]!) * 1000 * 10) / options.additions) / 10;
    return {
      annotations: doc.annotations.length,
      openWholeMs: opened.wholeMs,
      additions,
      perAddition: {
        scriptMs: per('ScriptDuration'),
        styleMs: per('RecalcStyleDuration'),
        layoutMs: per('LayoutDuration'),
      },
    };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Additions on `few`, then on `many` (each seeded again, so earlier runs' additions are
 * gone). With `profile`, CPU profiles of the additions are written to `<profile>.few` and
 * `<profile>.many` (`.cpuprofile` added), to compare what grows with the annotations; with
 * `trace`, Chromium traces to `<trace>.few.json` and `<trace>.many.json` (style, layout,
 * paint and IndexedDB tasks, which a profile leaves out).
 */
export async function runScaling(
  context: BrowserContext,
  url: string,
  docs: { few: BenchDocument; many: BenchDocument },
  options: SideOptions,
  pageErrors: string[],
): Promise<ScalingRun> {
  const sideOptions = (side: string) => ({
    ...options,
    profile: options.profile === undefined ? undefined : `${options.profile}.${side}.cpuprofile`,
    trace: options.trace === undefined ? undefined : `${options.trace}.${side}.json`,
  });
  const few = await runSide(context, url, docs.few, sideOptions('few'), pageErrors);
  const many = await runSide(context, url, docs.many, sideOptions('many'), pageErrors);
  return {
    few,
    many,
    p95Ratio: Math.round((many.additions.p95Ms / few.additions.p95Ms) * 100) / 100,
  };
}
