/**
 * One run of the app in the editor benchmark, in a fresh page: the article is seeded again
 * (the same 10,000 annotations, without earlier runs' additions), opened from the library
 * with a click, scrolled at its top, middle and end, and annotated from the keyboard.
 */
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { runAdditions, type AdditionsFigures } from './additions';
import type { BenchDocument } from './generate';
import { seedArticle } from './in-page';
import { timeOpen, type OpenFigures } from './open-timing';
import { mb, pageMetrics } from './page-metrics';
import { scrollRegionsProbe, type ScrollProbeArgs } from './scroll-probe';

export interface AppRunOptions {
  additions: number;
  scroll: Omit<ScrollProbeArgs, 'frame' | 'scroller'>;
  openTimeoutMs: number;
  /** CPU profiles to write (`.cpuprofile`): of the additions, of the scroll. */
  profile: { additions?: string; scroll?: string };
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

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, path: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile(path, JSON.stringify(profile));
}

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
    await page.goto(url);
    const library = page.getByRole('table', { name: 'Library' });
    await library.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const seed = await page.evaluate(seedArticle, {
      article: doc.article,
      articleText: doc.articleText,
      annotations: doc.annotations,
    });
    // The library lists the seeded article after a reload, as after any first start.
    await page.reload();
    const row = library.locator('tbody tr', { hasText: 'Editor benchmark article' });
    await row.waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageMetrics(cdp);
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
    const additions = await runAdditions(page, options.additions);
    if (options.profile.additions) await stopProfile(cdp, options.profile.additions);
    const afterAdds = await pageMetrics(cdp);
    const perAdd = (name: string) =>
      round(((afterAdds[name]! - beforeAdds[name]!) * 1000) / options.additions);
    return {
      seedMs: round(seed.ms),
      open,
      scroll,
      additions,
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
