/**
 * One run of the app in the editor benchmark, in a fresh page: the article is seeded again
 * (the same 10,000 annotations, without earlier runs' additions), opened from the library
 * with a click, scrolled at its top, middle and end, and annotated from the keyboard.
 */
import type { BrowserContext } from '@playwright/test';
import { runAdditions, type AdditionsFigures } from './additions';
import { withBusyProcess } from './busy-process';
import { startProfile, stopProfile } from './cpu-profile';
import { startTrace, stopTrace } from './trace';
import type { BenchDocument } from './generate';
import { showInLibrary } from './library-entry';
import { timeOpen, type OpenFigures } from './open-timing';
import { mb, pageMetrics } from './page-metrics';
import { scrollRegionsProbe, type ScrollProbeArgs } from './scroll-probe';

export interface AppRunOptions {
  additions: number;
  scroll: Omit<ScrollProbeArgs, 'frame' | 'scroller'>;
  openTimeoutMs: number;
  /**
   * CPU profiles to write (`.cpuprofile`): of the open, of the additions, of the scroll;
   * `additionsTrace`, `openTrace`: Chromium traces (JSON) of the additions and of the open.
   */
  profile: {
    open?: string;
    additions?: string;
    scroll?: string;
    additionsTrace?: string;
    openTrace?: string;
  };
}

export interface AppOpenFigures extends OpenFigures {
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  taskMs: number;
  heapMb: number;
  heapDeltaMb: number;
  domNodes: number;
  marks: number;
}

export interface AppRun {
  seedMs: number;
  open: AppOpenFigures;
  scroll: Awaited<ReturnType<typeof scrollRegionsProbe>>;
  additions: AdditionsFigures;
  /** The same number of additions again, with one busy process beside the browser. */
  additionsUnderLoad: AdditionsFigures | null;
  afterAdditions: {
    heapMb: number;
    domNodes: number;
    scriptPerAdditionMs: number;
    stylePerAdditionMs: number;
    layoutPerAdditionMs: number;
  };
  /** The text surface's size: the floors and the peer are shown at this size. */
  surface: { width: number; height: number };
  pageErrors: string[];
}

const round = (value: number) => Math.round(value * 10) / 10;

export async function runApp(
  context: BrowserContext,
  url: string,
  doc: BenchDocument,
  options: AppRunOptions,
): Promise<AppRun> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    const { row, seedMs } = await showInLibrary(page, url, doc);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageMetrics(cdp);
    if (options.profile.open) await startProfile(cdp);
    if (options.profile.openTrace) await startTrace(cdp);
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
    if (options.profile.openTrace) await stopTrace(cdp, options.profile.openTrace);
    if (options.profile.open) await stopProfile(cdp, options.profile.open);
    if (!opened) throw new Error(`the app did not open the article in ${options.openTimeoutMs} ms`);
    const after = await pageMetrics(cdp);
    const spent = (name: string) => round((after[name]! - before[name]!) * 1000);
    const open: AppOpenFigures = {
      ...opened,
      scriptMs: spent('ScriptDuration'),
      styleMs: spent('RecalcStyleDuration'),
      layoutMs: spent('LayoutDuration'),
      taskMs: spent('TaskDuration'),
      heapMb: mb(after.JSHeapUsedSize!),
      heapDeltaMb: mb(after.JSHeapUsedSize! - before.JSHeapUsedSize!),
      domNodes: after.Nodes!,
      marks: await page.locator('.article-text .sm-mark').count(),
    };
    const box = (await page.locator('.editor-surface').boundingBox())!;
    const surface = { width: Math.round(box.width), height: Math.round(box.height) };

    if (options.profile.scroll) await startProfile(cdp);
    const scroll = await page.evaluate(scrollRegionsProbe, {
      frame: null,
      scroller: '.editor-surface',
      ...options.scroll,
    });
    if (options.profile.scroll) await stopProfile(cdp, options.profile.scroll);

    const beforeAdds = await pageMetrics(cdp);
    if (options.profile.additions) await startProfile(cdp);
    if (options.profile.additionsTrace) await startTrace(cdp);
    const additions = await runAdditions(page, options.additions);
    if (options.profile.additionsTrace) await stopTrace(cdp, options.profile.additionsTrace);
    if (options.profile.additions) await stopProfile(cdp, options.profile.additions);
    const afterAdds = await pageMetrics(cdp);
    const perAdd = (name: string) =>
      round(((afterAdds[name]! - beforeAdds[name]!) * 1000) / options.additions);
    // Not while profiling: a profile is of the additions alone.
    const isProfiling = Object.values(options.profile).some(Boolean);
    const additionsUnderLoad = isProfiling
      ? null
      : await withBusyProcess(() => runAdditions(page, options.additions, options.additions));
    return {
      seedMs: round(seedMs),
      open,
      scroll,
      additions,
      additionsUnderLoad,
      afterAdditions: {
        heapMb: mb(afterAdds.JSHeapUsedSize!),
        domNodes: afterAdds.Nodes!,
        scriptPerAdditionMs: perAdd('ScriptDuration'),
        stylePerAdditionMs: perAdd('RecalcStyleDuration'),
        layoutPerAdditionMs: perAdd('LayoutDuration'),
      },
      surface,
      pageErrors,
    };
  } finally {
    await page.close().catch(() => {});
  }
}
