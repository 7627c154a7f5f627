/**
 * Whole-workspace backup and restore at scale in real Chromium: the production build
 * through the loopback bridge, a profile holding 1,000 articles (6,000-character texts),
 * 100,000 annotations, 5,000 review comments and three codebook versions. Each run clicks
 * "Back up workspace…" and times until "Backup verified" (export, write through the host,
 * read back from disk, verify); then does a day's work (1,000 annotations added, 1,000
 * edited, 1,000 deleted) and restores the file, timed from "Replace the workspace" to
 * "Restored and verified" (the snapshot of the current workspace, and the restore in place
 * writing what differs). Last, the file is restored into the workspace emptied (as on a new
 * machine: every row written), timed the same way, beside Chromium's floor for writing the
 * annotations alone in that browser (`restoreIntoEmptyToFloor`). Peak renderer memory is
 * the page's JS heap (CDP `Performance.getMetrics`), sampled every 100 ms during each run
 * and during the restore into the emptied workspace (`restoreIntoEmptyPeakHeapMegabytes`).
 * Last, the same file is restored again over what that restore stored
 * (`restoreAgainSeconds`: a large restore stores its annotation rows as packs, which this
 * one compares as rows). Targets: each under 10 s, memory under 500 MB. Both restores into
 * a workspace after a run also report the page's main thread busy meanwhile
 * (`…MainThreadSeconds`: CDP's task and script durations), which tells a restore's own work
 * from its waiting on a machine other work loads. Three runs in one profile
 * (`SM_BENCH_RUNS`); `SM_BENCH_QUICK=1` seeds a tenth. `SM_BENCH_PROFILE=/tmp/backup` (with
 * `SM_NO_MINIFY=1` for readable names) writes a CPU profile of each run's backup and of its
 * restore (`/tmp/backup.run1.backup.cpuprofile`, `….restore.cpuprofile`), and of the restore
 * again (`/tmp/backup.again.cpuprofile`). Prints readable figures, then
 * `{"benchmarks":{"backup":{…}}}`.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { emptyActiveWorkspace } from '../shared/empty-workspace';
import { buildApp, launchBenchChromium, startBridge } from './editor/app-process';
import { benchRuns, isQuick, printResults, summarise, under, verdict } from './report';

const SIZE = {
  articles: isQuick ? 100 : 1_000,
  annotationsPerArticle: 100,
  commentsPerArticle: 5,
  textChars: 6_000,
};
const TARGET_SECONDS = 10;
const TARGET_MB = 500;
const RUNS = benchRuns();
const MB = 1024 * 1024;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Writes the workspace straight into the profile's IndexedDB, a chunk per transaction. */
function seedWorkspace(page: Page): Promise<void> {
  return page.evaluate(async (size) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sourcemark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (tables: string[], rows: [string, unknown][]) =>
      new Promise<void>((resolve, reject) => {
        const tx = database.transaction(tables, 'readwrite');
        for (const [table, row] of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    const words = 'claim source framing loaded language official said reported that the of'.split(
      ' ',
    );
    const text = Array.from({ length: size.textChars / 6 }, (_, i) => words[i % words.length]).join(
      ' ',
    );
    for (let a = 0; a < size.articles; a++) {
      const id = `bench-article-${a}`;
      const rows: [string, unknown][] = [
        [
          'articles',
          {
            id,
            textSha256: `sha-${a}`,
            title: `Article ${a}`,
            addedAt: new Date(a).toISOString(),
            language: 'en',
            sourcePath: `/bench/${a}.txt`,
            format: 'txt',
            sizeBytes: text.length,
          },
        ],
        ['articleTexts', { articleId: id, text }],
        ['articleOriginals', { articleId: id, original: text }],
      ];
      for (let n = 0; n < size.annotationsPerArticle; n++) {
        const start = n * 50;
        rows.push([
          'annotations',
          {
            id: `bench-${a}-${n}`,
            articleId: id,
            kind: 'span',
            author: 'me',
            itemId: n % 2 ? 'claim' : 'person',
            codebookVersion: 1 + (n % 3),
            span: { start, end: start + 20 },
            quote: text.slice(start, start + 20),
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + 20, start + 52),
            attributes: { verdict: 'unverified' },
            note: n % 10 === 0 ? 'Check the quote against the wire copy.' : '',
            createdAt: '2026-11-01T10:00:00.000Z',
            updatedAt: '2026-11-01T10:00:00.000Z',
          },
        ]);
      }
      for (let c = 0; c < size.commentsPerArticle; c++)
        rows.push([
          'comments',
          {
            id: `bench-c-${a}-${c}`,
            annotationId: `bench-${a}-${c}`,
            articleId: id,
            author: 'colleague',
            body: 'Is this the right label?',
            createdAt: '2026-11-02T09:00:00.000Z',
          },
        ]);
      await put(['articles', 'articleTexts', 'articleOriginals', 'annotations', 'comments'], rows);
    }
    const items = Array.from({ length: 60 }, (_, i) => ({
      id: `item-${i}`,
      label: `Label ${i}`,
      key: String.fromCharCode(97 + (i % 26)),
    }));
    await put(
      ['codebookVersions'],
      [1, 2, 3].map((version) => [
        'codebookVersions',
        { codebookId: 'main', version, items: items.slice(0, 40 + version * 5) },
      ]),
    );
    database.close();
  }, SIZE);
}

/** Rows a day's work changes between the backup and its restore: added, edited, deleted. */
const DAY_OF_WORK = isQuick ? 100 : 1_000;

/**
 * A day's work after the backup, straight into IndexedDB in one transaction: `count` new
 * annotations, `count` notes edited, `count` annotations deleted. Restoring the backup then
 * has `3 × count` annotation rows to put back as they were, not zero.
 */
function workAfterBackup(page: Page, run: number, count: number): Promise<void> {
  return page.evaluate(
    async ({ run, count }) => {
      const name = localStorage.getItem('sourcemark.activeDatabase') ?? 'sourcemark';
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction('annotations', 'readwrite');
        const store = tx.objectStore('annotations');
        const request = store.getAll(IDBKeyRange.lowerBound('bench-'), count * 2);
        request.onsuccess = () => {
          const rows = request.result as { id: string; note: string }[];
          rows.slice(0, count).forEach((row, i) => {
            store.put({ ...row, id: `later-${run}-${i}` });
            store.put({ ...row, note: `edited in run ${run}` });
          });
          for (const row of rows.slice(count)) store.delete(row.id);
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { run, count },
  );
}

/**
 * Chromium's floor for this workspace's writes: 100,000 annotation rows of the bench's shape
 * put in one transaction of a scratch database with the annotations' indexes of schema 9,
 * then deleted. Nothing that writes every row (a restore into an empty profile) can beat it.
 */
function writeFloorSeconds(page: Page, rows: number): Promise<number> {
  return page.evaluate(async (rows) => {
    const name = 'sourcemark-bench-floor';
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('annotations', { keyPath: 'id' });
        store.createIndex('[articleId+author]', ['articleId', 'author']);
        store.createIndex('itemId', 'itemId');
        store.createIndex('entityId', 'entityId');
        store.createIndex('[articleId+span.start]', ['articleId', 'span.start']);
        store.createIndex('[articleId+kind]', ['articleId', 'kind']);
        store.createIndex('[author+kind]', ['author', 'kind']);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = database.transaction('annotations', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('annotations');
      for (let n = 0; n < rows; n++) {
        const start = (n % 100) * 50;
        store.put({
          id: `floor-${n}`,
          articleId: `article-${Math.floor(n / 100)}`,
          kind: 'span',
          author: 'me',
          itemId: n % 2 ? 'claim' : 'person',
          codebookVersion: 1 + (n % 3),
          span: { start, end: start + 20 },
          quote: 'claim source framing',
          prefix: 'loaded language official said re',
          suffix: 'ported that the of claim source f',
          attributes: { verdict: 'unverified' },
          note: n % 10 === 0 ? 'Check the quote against the wire copy.' : '',
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const seconds = (performance.now() - started) / 1000;
    database.close();
    await new Promise((resolve) => {
      const deleting = indexedDB.deleteDatabase(name);
      deleting.onsuccess = deleting.onerror = resolve;
    });
    return seconds;
  }, rows);
}

/**
 * The page's main thread busy (CDP's `TaskDuration`) and in script (`ScriptDuration`), in
 * seconds so far: read before and after a restore, they tell its own work from its waiting
 * (on IndexedDB, the host, or a machine loaded by others), which its seconds alone do not.
 */
async function mainThreadSeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/** The page's JS heap, sampled until stopped; answers the peak in MB. */
function sampleHeap(cdp: CDPSession): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      // A sample refused while the page loads again (after a restore) is skipped, not fatal.
      const answer = await cdp.send('Performance.getMetrics').catch(() => undefined);
      const used = answer?.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peak = Math.max(peak, used);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return round2(peak / MB);
    },
  };
}

interface Run {
  /** The backup file this run wrote. */
  path: string;
  /** What the restore said it did. */
  restoreReport: string;
  backupSeconds: number;
  restoreSeconds: number;
  fileMegabytes: number;
  peakHeapMegabytes: number;
}

/** A CPU profile of what runs until `stop`, when `SM_BENCH_PROFILE` names where to write it. */
async function startProfile(cdp: CDPSession, name: string): Promise<{ stop(): Promise<void> }> {
  const base = process.env.SM_BENCH_PROFILE;
  if (!base) return { stop: async () => {} };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(`${base}.${name}.cpuprofile`, JSON.stringify(profile));
    },
  };
}

async function oneRun(page: Page, cdp: CDPSession, index: number): Promise<Run> {
  const heap = sampleHeap(cdp);
  try {
    return await timedRun(page, cdp, index, heap);
  } finally {
    // A run that throws must not leave the sampler looping: the process would never exit.
    await heap.stop();
  }
}

/**
 * The restore's report, once the page has loaded the restored workspace: the dialog's line
 * (`outcome`, null when the page went first) stands only until the load, so the notice the
 * app shows again after it is read instead. A refusal (an alert, no load) throws.
 */
async function reportAfterReload(
  page: Page,
  reloaded: Promise<unknown>,
  outcome: string | null,
): Promise<string> {
  // A refusal never loads the page: its wait is dropped, not left to reject unheard.
  reloaded.catch(() => {});
  if (outcome !== null && !/Restored and verified/.test(outcome))
    throw new Error(`restore refused: ${outcome}`);
  await reloaded;
  await page.getByRole('table', { name: 'Library' }).locator('tbody tr').first().waitFor();
  const notice = page.getByText(/Workspace restored and verified/).first();
  return outcome ?? ((await notice.textContent({ timeout: 30_000 })) ?? '').trim();
}

async function timedRun(
  page: Page,
  cdp: CDPSession,
  index: number,
  heap: { stop(): Promise<number> },
): Promise<Run> {
  const dialog = page.getByRole('dialog', { name: 'Back up and restore the workspace' });
  await page.getByRole('button', { name: 'Backups…' }).click();
  let profile = await startProfile(cdp, `run${index + 1}.backup`);
  let started = performance.now();
  await dialog.getByRole('button', { name: 'Back up workspace…' }).click();
  await dialog.getByText(/Backup verified/).waitFor({ timeout: 300_000 });
  const backupSeconds = (performance.now() - started) / 1000;
  await profile.stop();
  const path = (await dialog.locator('.backup-path').textContent())!.trim();
  const fileMegabytes = round2((await stat(path)).size / MB);
  await workAfterBackup(page, index, DAY_OF_WORK);

  await dialog.locator('input[type=file]').setInputFiles(path);
  await dialog.getByRole('button', { name: /Restore the backup file/ }).click();
  profile = await startProfile(cdp, `run${index + 1}.restore`);
  // Armed before the click: the page may load again before the line below is read.
  const reloaded = page.waitForEvent('load', { timeout: 600_000 });
  started = performance.now();
  await dialog.getByRole('button', { name: 'Replace the workspace' }).click();
  const done = dialog.getByText(/Restored and verified/).or(dialog.getByRole('alert'));
  await done.waitFor({ timeout: 300_000 });
  const restoreSeconds = (performance.now() - started) / 1000;
  const outcome = await done.textContent({ timeout: 1000 }).catch(() => null);
  // The page reloads soon after "Restored": the profile is taken before it goes.
  await profile.stop().catch((error: unknown) => console.log(`restore profile lost: ${error}`));
  const peakHeapMegabytes = await heap.stop();
  const restoreReport = await reportAfterReload(page, reloaded, outcome);
  return {
    path,
    restoreReport,
    backupSeconds: round2(backupSeconds),
    restoreSeconds: round2(restoreSeconds),
    fileMegabytes,
    peakHeapMegabytes,
  };
}

/**
 * Restores `path` into an emptied workspace (as on a new machine: every row is written):
 * every table of the profile's database is cleared, the page loads again, and the file is
 * restored as a user would. Answers its time and, in the same page, the write floor for as
 * many annotation rows.
 */
async function restoreIntoEmptiedWorkspace(
  page: Page,
  cdp: CDPSession,
  path: string,
): Promise<Awaited<ReturnType<typeof restoreFromDialog>> & { floorSeconds: number }> {
  await page.evaluate(emptyActiveWorkspace);
  await page.reload();
  const restored = await restoreFromDialog(page, cdp, path);
  const floorSeconds = round2(
    await writeFloorSeconds(page, SIZE.articles * SIZE.annotationsPerArticle),
  );
  return { ...restored, floorSeconds };
}

/**
 * Restores `path` as a user would, from a page that has loaded: answers its time, the
 * restore's report and the page's peak heap meanwhile.
 */
async function restoreFromDialog(
  page: Page,
  cdp: CDPSession,
  path: string,
  profileName?: string,
): Promise<{
  seconds: number;
  report: string;
  peakHeapMegabytes: number;
  mainThread: { taskSeconds: number; scriptSeconds: number };
}> {
  await page.getByRole('button', { name: 'Backups…' }).waitFor();
  const dialog = page.getByRole('dialog', { name: 'Back up and restore the workspace' });
  await page.getByRole('button', { name: 'Backups…' }).click();
  await dialog.locator('input[type=file]').setInputFiles(path);
  await dialog.getByRole('button', { name: /Restore the backup file/ }).click();
  const reloaded = page.waitForEvent('load', { timeout: 600_000 });
  const heap = sampleHeap(cdp);
  const profile = profileName ? await startProfile(cdp, profileName) : undefined;
  const timed = (async () => {
    const before = await mainThreadSeconds(cdp);
    const started = performance.now();
    await dialog.getByRole('button', { name: 'Replace the workspace' }).click();
    const done = dialog.getByText(/Restored and verified/).or(dialog.getByRole('alert'));
    await done.waitFor({ timeout: 600_000 });
    const seconds = round2((performance.now() - started) / 1000);
    // Read before the page loads again, which starts its counts over.
    const after = await mainThreadSeconds(cdp);
    const mainThread = {
      taskSeconds: round2(after.task - before.task),
      scriptSeconds: round2(after.script - before.script),
    };
    // The page reloads soon after "Restored": the profile is taken before it goes.
    await profile?.stop().catch((error: unknown) => console.log(`profile lost: ${error}`));
    return {
      seconds,
      mainThread,
      outcome: await done.textContent({ timeout: 1000 }).catch(() => null),
    };
  })();
  // A restore that throws must not leave the sampler looping.
  const peakHeapMegabytes = await timed.then(
    () => heap.stop(),
    async (error: unknown) => {
      await heap.stop();
      throw error;
    },
  );
  const { seconds, outcome, mainThread } = await timed;
  const report = await reportAfterReload(page, reloaded, outcome);
  return { seconds, report, peakHeapMegabytes, mainThread };
}

async function main() {
  console.log(
    `workspace: ${SIZE.articles} articles, ${SIZE.articles * SIZE.annotationsPerArticle} annotations, ` +
      `${SIZE.articles * SIZE.commentsPerArticle} comments, 3 codebook versions; ${RUNS} backup+restore runs in one profile`,
  );
  const app = await buildApp(process.cwd());
  const profileDir = await mkdtemp(join(tmpdir(), 'sourcemark-backup-bench-profile-'));
  const configDir = await mkdtemp(join(tmpdir(), 'sourcemark-backup-bench-config-'));
  const bridge = await startBridge(app.root, configDir);
  const context = await launchBenchChromium(profileDir);
  const problems: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(bridge.url);
    await page.getByRole('table', { name: 'Library' }).locator('tbody tr').first().waitFor();
    const seedStarted = performance.now();
    await seedWorkspace(page);
    console.log(`seeded in ${round2((performance.now() - seedStarted) / 1000)} s`);
    await page.reload();
    await page.getByRole('table', { name: 'Library' }).locator('tbody tr').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await oneRun(page, cdp, i);
      console.log(
        `run ${i + 1}: backup ${run.backupSeconds} s, restore after ${DAY_OF_WORK} annotations ` +
          `added, ${DAY_OF_WORK} edited and ${DAY_OF_WORK} deleted ${run.restoreSeconds} s ` +
          `(${run.restoreReport.trim()}), file ${run.fileMegabytes} MB, peak JS heap ` +
          `${run.peakHeapMegabytes} MB`,
      );
      runs.push(run);
    }
    const empty = await restoreIntoEmptiedWorkspace(page, cdp, runs[runs.length - 1]!.path);
    console.log(
      `restore into an emptied workspace ${empty.seconds} s (${empty.report.trim()}), peak JS ` +
        `heap ${empty.peakHeapMegabytes} MB, main thread busy ${empty.mainThread.taskSeconds} s ` +
        `(script ${empty.mainThread.scriptSeconds} s); Chromium's floor for writing the ` +
        `annotations alone ${empty.floorSeconds} s`,
    );
    // The same file over the workspace it just restored, in whatever form that restore
    // stored it: every row compared, none written, and the snapshot of it kept first.
    const again = await restoreFromDialog(page, cdp, runs[runs.length - 1]!.path, 'again');
    console.log(
      `the same file restored again over it ${again.seconds} s (${again.report.trim()}), ` +
        `peak JS heap ${again.peakHeapMegabytes} MB, main thread busy ` +
        `${again.mainThread.taskSeconds} s (script ${again.mainThread.scriptSeconds} s)`,
    );
    const backup = summarise(
      runs.map((r) => r.backupSeconds),
      2,
    );
    const restore = summarise(
      runs.map((r) => r.restoreSeconds),
      2,
    );
    const heap = summarise(
      runs.map((r) => r.peakHeapMegabytes),
      1,
    );
    const targets = {
      backupSeconds: under(backup.median, TARGET_SECONDS),
      restoreSeconds: under(restore.median, TARGET_SECONDS),
      restoreIntoEmptySeconds: under(empty.seconds, TARGET_SECONDS),
      restoreAgainSeconds: under(again.seconds, TARGET_SECONDS),
      peakRendererHeapMegabytes: under(
        Math.max(heap.max, empty.peakHeapMegabytes, again.peakHeapMegabytes),
        TARGET_MB,
      ),
    };
    console.log(
      `backup ${backup.median} s (${verdict(targets.backupSeconds)}), restore ${restore.median} s ` +
        `(${verdict(targets.restoreSeconds)}), file ${runs[0]!.fileMegabytes} MB, peak heap ` +
        `${heap.max} MB (${verdict(targets.peakRendererHeapMegabytes)})`,
    );
    printResults('backup', {
      articles: SIZE.articles,
      annotations: SIZE.articles * SIZE.annotationsPerArticle,
      runs: RUNS,
      backupSeconds: backup,
      restoreSeconds: restore,
      restoreIntoEmptySeconds: empty.seconds,
      writeFloorSeconds: empty.floorSeconds,
      restoreIntoEmptyToFloor: round2(empty.seconds / empty.floorSeconds),
      restoreIntoEmptyPeakHeapMegabytes: empty.peakHeapMegabytes,
      restoreIntoEmptyMainThreadSeconds: empty.mainThread,
      restoreAgainSeconds: again.seconds,
      restoreAgainPeakHeapMegabytes: again.peakHeapMegabytes,
      restoreAgainMainThreadSeconds: again.mainThread,
      fileMegabytes: runs[0]!.fileMegabytes,
      peakRendererHeapMegabytes: heap,
      targets,
      problems,
    });
  } catch (error) {
    printResults('backup', {
      error: error instanceof Error ? error.message : String(error),
      problems,
    });
  } finally {
    await context.close();
    await bridge.stop();
    await app.dispose();
    await rm(profileDir, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
}

await main();
