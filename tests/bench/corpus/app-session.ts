/**
 * The corpus benchmark's app in real Chromium: a fresh production build served by the
 * loopback bridge, a profile on disk, the long-task recorder in every page, and the corpus
 * written into the app's IndexedDB in batches (raw writes, after the app made its schema).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { buildApp, launchBenchChromium, startBridge } from '../editor/app-process';
import { forgetLastReading, readAnalystId } from '../editor/in-page';
import type { CorpusData } from './corpus-data';
import { derivedRows } from '../derived-rows';
import { recordLongTasks, recordSearchAnswers, seedBatch } from './in-page';

const SEED_BATCH = 250;

export interface AppSession {
  page: Page;
  url: string;
  analyst: string;
  seedSeconds: number;
  close(): Promise<void>;
}

/** Starts the app, waits for its analyst, and stores `data` with that analyst as author. */
export async function openCorpusApp(data: CorpusData): Promise<AppSession> {
  const app = await buildApp(process.cwd());
  const bridge = await startBridge(app.root);
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-corpus-bench-profile-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await bridge.stop();
    await rm(profile, { recursive: true, force: true });
    await app.dispose();
  };
  try {
    context = await launchBenchChromium(profile);
    await context.addInitScript(recordLongTasks);
    await context.addInitScript(recordSearchAnswers);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(bridge.url);
    let analyst: string | null = null;
    for (let attempt = 0; attempt < 150 && !analyst; attempt++) {
      analyst = await page.evaluate(readAnalystId);
      if (!analyst) await page.waitForTimeout(200);
    }
    if (!analyst) throw new Error('the app made no analyst within 30 s');
    const started = performance.now();
    const articles = [...data.articles.values()];
    const byArticle = new Map<string, CorpusData['annotations']>();
    for (const row of data.annotations)
      byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
    for (let at = 0; at < articles.length; at += SEED_BATCH) {
      const batch = articles.slice(at, at + SEED_BATCH);
      const annotations = batch.flatMap((article) =>
        (byArticle.get(article.id) ?? []).map((row) => ({ ...row, author: analyst })),
      ) as CorpusData['annotations'];
      await page.evaluate(seedBatch, {
        articles: batch,
        texts: batch.map((article) => data.texts.get(article.id)),
        annotations,
        ...derivedRows(batch, annotations),
      });
    }
    const seedSeconds = (performance.now() - started) / 1000;
    await page.evaluate(forgetLastReading);
    return { page, url: bridge.url, analyst, seedSeconds, close };
  } catch (error) {
    await close();
    throw error;
  }
}
