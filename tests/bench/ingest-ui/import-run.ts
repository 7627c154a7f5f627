/**
 * One timed Open folder in a fresh profile and a bridge of its own: the library is filled
 * with `prefill` earlier articles (raw IndexedDB, then a reload, as after any start), the
 * folder is given as the dialog's answer, "Open folder…" is clicked, and the page's own
 * observers time it until the report is on screen. What went wrong is listed, not thrown.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchBenchChromium, startBridge } from '../editor/app-process';
import { pageMetrics } from '../editor/page-metrics';
import type { PrefillArticle } from './corpus';
import {
  armImportWatch,
  countStoredArticles,
  isImportReported,
  prefillLibrary,
  readImportWatch,
  type ImportWatch,
} from './in-page';

export interface ImportRunOptions {
  appRoot: string;
  folder: string;
  files: number;
  prefill: readonly PrefillArticle[];
  /** Files per split (1,000; fewer in quick runs). */
  step: number;
  timeoutMs: number;
  /** A CPU profile of the import is written here when set. */
  profilePath?: string;
  /** A Chromium trace of the import (`chrome://tracing`, DevTools) is written here when set. */
  tracePath?: string;
}

export interface ImportRunResult {
  seconds: number | null;
  /** Seconds per 1,000 files of each `step` files, in import order (the last may be partial). */
  splitSeconds: number[];
  longTasks: number;
  longTaskSeconds: number;
  /** Chromium's own counters over the import (DevTools' Performance domain), in seconds. */
  pageSeconds: { script: number; style: number; layout: number; task: number };
  storedArticles: number;
  problems: string[];
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** The samples of a first run are in: the library table lists something. */
async function waitForLibrary(page: Page): Promise<void> {
  await page.getByRole('table', { name: 'Library' }).locator('tbody tr').first().waitFor({
    timeout: 60_000,
  });
}

function splitsOf(watch: ImportWatch, files: number): number[] {
  const marks = [{ done: 0, at: watch.startedAt }, ...watch.splits];
  if (marks.at(-1)!.done < files) marks.push({ done: files, at: watch.reportAt });
  const out: number[] = [];
  for (let i = 1; i < marks.length; i++) {
    const files = marks[i]!.done - marks[i - 1]!.done;
    // Seconds per 1,000 files, whatever the step (quick runs split smaller folders).
    out.push(round((marks[i]!.at - marks[i - 1]!.at) / files));
  }
  return out;
}

export async function runImport(options: ImportRunOptions): Promise<ImportRunResult> {
  const profileDir = await mkdtemp(join(tmpdir(), 'sourcemark-ingest-ui-profile-'));
  const configDir = await mkdtemp(join(tmpdir(), 'sourcemark-ingest-ui-config-'));
  // The earlier articles' files are the library's remembered sources, as after the imports
  // that brought them: the bridge reads that list at start, so the watcher follows them.
  await writeFile(
    join(configDir, 'granted-sources.jsonl'),
    options.prefill.map((article) => JSON.stringify(article.record.sourcePath)).join('\n'),
  );
  const bridge = await startBridge(options.appRoot, configDir);
  let context: BrowserContext | undefined;
  const problems: string[] = [];
  try {
    context = await launchBenchChromium(profileDir);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(bridge.url);
    await waitForLibrary(page);
    const initial = await page.evaluate(countStoredArticles);
    if (options.prefill.length > 0) {
      await page.evaluate(prefillLibrary, {
        records: options.prefill.map((article) => article.record),
        texts: options.prefill.map((article) => article.text),
      });
      await page.reload();
      await waitForLibrary(page);
    }
    const expected = initial + options.prefill.length + options.files;
    await page.evaluate(armImportWatch, options.step);
    const answer = await fetch(`${bridge.origin}/bridge/dialog-answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sourcemark-token': bridge.token },
      body: JSON.stringify({ folder: options.folder }),
    });
    if (!answer.ok) throw new Error(`the bridge refused the dialog answer: ${answer.status}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageMetrics(cdp);
    if (options.profilePath) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    if (options.tracePath) {
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
        transferMode: 'ReturnAsStream',
      });
    }
    await page.getByRole('button', { name: 'Open folder…' }).click();
    try {
      await page.waitForFunction(isImportReported, undefined, {
        timeout: options.timeoutMs,
        polling: 250,
      });
    } catch {
      problems.push(`the import did not report within ${options.timeoutMs / 1000} s`);
    }
    if (options.profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(options.profilePath, JSON.stringify(profile));
    }
    if (options.tracePath) {
      const done = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)),
      );
      await cdp.send('Tracing.end');
      const stream = await done;
      const chunks: string[] = [];
      for (let eof = false; !eof;) {
        const read = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
        chunks.push(read.data);
        eof = read.eof;
      }
      await cdp.send('IO.close', { handle: stream });
      await writeFile(options.tracePath, chunks.join(''));
    }
    const after = await pageMetrics(cdp);
    const spent = (name: string) => round(after[name]! - before[name]!);
    const watch = await page.evaluate(readImportWatch);
    const storedArticles = await page.evaluate(countStoredArticles);
    if (watch.reportAt > 0 && !watch.reportText.includes(`Added ${options.files}`))
      problems.push(`report: ${watch.reportText}`);
    if (storedArticles !== expected)
      problems.push(`IndexedDB holds ${storedArticles} articles, expected ${expected}`);
    const isDone = watch.reportAt > 0;
    return {
      seconds: isDone ? round((watch.reportAt - watch.startedAt) / 1000) : null,
      splitSeconds: isDone ? splitsOf(watch, options.files) : [],
      longTasks: watch.longTasks.length,
      longTaskSeconds: round(watch.longTasks.reduce((sum, t) => sum + t.duration, 0) / 1000),
      pageSeconds: {
        script: spent('ScriptDuration'),
        style: spent('RecalcStyleDuration'),
        layout: spent('LayoutDuration'),
        task: spent('TaskDuration'),
      },
      storedArticles,
      problems,
    };
  } finally {
    await context?.close().catch(() => {});
    await bridge.stop();
    await rm(profileDir, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
}
