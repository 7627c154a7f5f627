/**
 * The annotation editor at scale, in real Chromium: a generated ~1 MB article of 5,000
 * paragraphs with 10,000 annotations (20% overlapping another), opened in the production
 * build through the loopback bridge. Measures the first screen with its marks, the whole
 * document, 50 keyboard additions (key press to mark painted and row stored), scrolling
 * and memory; and, in the same run on the same text and annotations, a floor (static HTML
 * with the same marks) and a peer (@recogito/text-annotator). Prints readable figures and
 * ratios against the targets, then `{"benchmarks":{"editor":{…}}}`.
 *
 * Profiling: `SM_BENCH_PROFILE=/tmp/add.cpuprofile SM_NO_MINIFY=1 node tests/bench/run.mjs
 * editor` writes a CPU profile of the 50 additions (readable names: the build is not
 * minified) and stops before the floor and the peer. `SM_BENCH_SCROLL_PROFILE=/tmp/scroll.cpuprofile`
 * does the same for the app's scroll.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { buildApp, launchBenchChromium, startBridge } from './editor/app-process';
import { generateDocument } from './editor/generate';
import {
  armOpenWatch,
  openBenchDb,
  readAnalystId,
  scrollProbe,
  seedArticle,
  selectWordAndArm,
  type OpenTimes,
  type ScrollResult,
} from './editor/in-page';
import {
  BENCH_ORIGIN,
  buildPeerBundle,
  floorHtml,
  peerAnnotations,
  peerHtml,
} from './editor/pages';

const ADDITIONS = 50;
const SCROLL_MS = 2000;
const PEER_TIMEOUT_MS = 90_000;
const TARGETS = { firstScreenVsFloor: 2, fullVsFloor: 3, additionP95Ms: 50 };

const projectRoot = process.cwd();
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1024 / 1024);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Navigation response start of the page: pages are timed from their first byte. */
const responseStart = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart,
  );

function scrollLine(name: string, scroll: ScrollResult): string {
  return (
    `${name}: ${scroll.frames} frames in ${Math.round(scroll.ms)} ms, ` +
    `${scroll.over20} over 20 ms, ${scroll.over50} over 50 ms, ` +
    `p95 ${round(scroll.p95Interval)} ms, max ${round(scroll.maxInterval)} ms`
  );
}

/** Starts a fine-grained CPU profile of the page. */
async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops the profile and writes it to `path` (a `.cpuprofile` for DevTools). */
async function stopProfile(cdp: CDPSession, path: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile(path, JSON.stringify(profile));
}

async function main() {
  const app = await buildApp(projectRoot);
  const peerBundle = await buildPeerBundle(projectRoot);
  const bridge = await startBridge(app.root);
  const profileDir = await mkdtemp(join(tmpdir(), 'sourcemark-editor-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchBenchChromium(profileDir);
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // First run: the app seeds its samples, codebook and analyst.
    await page.goto(bridge.url);
    const library = page.getByRole('table', { name: 'Library' });
    await library.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    let analystId: string | null = null;
    for (let tries = 0; tries < 100 && !analystId; tries++) {
      analystId = await page.evaluate(readAnalystId);
      if (!analystId) await page.waitForTimeout(100);
    }
    if (!analystId) throw new Error('the app made no analyst');

    const started = performance.now();
    const doc = generateDocument(analystId);
    const generateMs = performance.now() - started;
    const seed = await page.evaluate(seedArticle, {
      article: doc.article,
      articleText: doc.articleText,
      annotations: doc.annotations,
    });
    console.log(
      `document: ${mb(Buffer.byteLength(doc.text))} MB, ${doc.lines} paragraphs, ` +
        `${doc.annotations.length} annotations (${doc.overlapping} placed over another); ` +
        `generated in ${Math.round(generateMs)} ms, seeded in ${Math.round(seed.ms)} ms ` +
        `(IndexedDB version ${seed.version}); app built in ${Math.round(app.buildMs)} ms`,
    );

    // Open the article from the library, as a user would.
    await page.reload();
    const row = library.locator('tbody tr', { hasText: 'Editor benchmark article' });
    await row.waitFor({ timeout: 30_000 });
    const appCdp = await context.newCDPSession(page);
    await appCdp.send('Performance.enable');
    const before = await metrics(appCdp);
    await page.evaluate(armOpenWatch, doc.lines);
    await row.click();
    await page.waitForFunction(
      () => {
        const open = (window as unknown as { __open?: OpenTimes }).__open;
        return open && (open.fullAt ?? -1) > 0 && (open.firstScreenAt ?? -1) > 0;
      },
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    const open = await page.evaluate(() => (window as unknown as { __open: OpenTimes }).__open);
    const opened = await metrics(appCdp);
    const since = (at: number | undefined) => (at === undefined ? NaN : round(at - open.clickAt));
    const app1 = {
      firstScreenMs: since(open.firstScreenAt),
      fullMs: since(open.fullAt),
      readerShellMs: since(open.readerShellAt),
      textElementMs: since(open.textElementAt),
      firstMarkInDomMs: since(open.firstMarkInDomAt),
      paragraphs: open.paragraphs ?? 0,
      longestTaskMs: Math.max(0, ...open.longTasks),
      longTasks: open.longTasks.length,
      scriptMs: round((opened.ScriptDuration! - before.ScriptDuration!) * 1000),
      layoutMs: round((opened.LayoutDuration! - before.LayoutDuration!) * 1000),
      styleMs: round((opened.RecalcStyleDuration! - before.RecalcStyleDuration!) * 1000),
      taskMs: round((opened.TaskDuration! - before.TaskDuration!) * 1000),
      heapMb: mb(opened.JSHeapUsedSize!),
      heapDeltaMb: mb(opened.JSHeapUsedSize! - before.JSHeapUsedSize!),
      domNodes: opened.Nodes!,
      marks: await page.locator('.article-text .sm-mark').count(),
    };
    console.log(
      `app open: first screen ${app1.firstScreenMs} ms, whole document ${app1.fullMs} ms ` +
        `(${app1.paragraphs} paragraphs, ${app1.marks} mark elements)`,
    );
    console.log(
      `  phases from click: reader shell ${app1.readerShellMs} ms, article element ` +
        `${app1.textElementMs} ms, first mark in DOM ${app1.firstMarkInDomMs} ms, painted ` +
        `${app1.firstScreenMs} ms; longest task ${app1.longestTaskMs} ms of ${app1.longTasks}`,
    );
    console.log(
      `  main thread: script ${app1.scriptMs} ms, style ${app1.styleMs} ms, layout ` +
        `${app1.layoutMs} ms (all tasks ${app1.taskMs} ms); heap ${app1.heapMb} MB ` +
        `(+${app1.heapDeltaMb} MB), ${app1.domNodes} DOM nodes`,
    );

    if (process.env.SM_BENCH_SCROLL_PROFILE) await startProfile(appCdp);
    const appScroll = await page.evaluate(scrollProbe, {
      selector: '.editor-surface',
      ms: SCROLL_MS,
    });
    console.log(scrollLine('app scroll', appScroll));
    if (process.env.SM_BENCH_SCROLL_PROFILE)
      await stopProfile(appCdp, process.env.SM_BENCH_SCROLL_PROFILE);

    // 50 additions: select a word on screen, press `e` then `p` (Entities → Person).
    await page.evaluate(openBenchDb);
    const status = page.getByTestId('selection-status');
    const beforeAdds = await metrics(appCdp);
    if (process.env.SM_BENCH_PROFILE) await startProfile(appCdp);
    const additions: { totalMs: number; visibleMs: number; storedMs: number }[] = [];
    for (let attempt = 0; attempt < ADDITIONS; attempt++) {
      await page.evaluate(selectWordAndArm, attempt);
      await status.filter({ hasText: /^Selection / }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('e');
      await page.keyboard.press('p');
      await page.waitForFunction(
        () => {
          const add = (
            window as unknown as {
              __add?: { visibleAt?: number; storedAt?: number; error?: string };
            }
          ).__add;
          return add && (add.error || (add.visibleAt && add.storedAt));
        },
        undefined,
        { timeout: 20_000, polling: 20 },
      );
      const result = await page.evaluate(() => {
        const add = (
          window as unknown as {
            __add: { keyAt: number; visibleAt: number; storedAt: number; error?: string };
          }
        ).__add;
        return add;
      });
      if (result.error) throw new Error(`addition ${attempt}: ${result.error}`);
      additions.push({
        totalMs: Math.max(result.visibleAt, result.storedAt) - result.keyAt,
        visibleMs: result.visibleAt - result.keyAt,
        storedMs: result.storedAt - result.keyAt,
      });
    }
    if (process.env.SM_BENCH_PROFILE) await stopProfile(appCdp, process.env.SM_BENCH_PROFILE);
    const totals = additions.map((a) => a.totalMs);
    const add = {
      count: additions.length,
      medianMs: round(percentile(totals, 50)),
      p95Ms: round(percentile(totals, 95)),
      maxMs: round(Math.max(...totals)),
      visibleMedianMs: round(
        percentile(
          additions.map((a) => a.visibleMs),
          50,
        ),
      ),
      visibleP95Ms: round(
        percentile(
          additions.map((a) => a.visibleMs),
          95,
        ),
      ),
      storedMedianMs: round(
        percentile(
          additions.map((a) => a.storedMs),
          50,
        ),
      ),
      storedP95Ms: round(
        percentile(
          additions.map((a) => a.storedMs),
          95,
        ),
      ),
    };
    console.log(
      `app additions (${add.count}, key press to mark painted and row stored): median ` +
        `${add.medianMs} ms, p95 ${add.p95Ms} ms, max ${add.maxMs} ms; painted median ` +
        `${add.visibleMedianMs} / p95 ${add.visibleP95Ms} ms, stored median ` +
        `${add.storedMedianMs} / p95 ${add.storedP95Ms} ms`,
    );
    const afterAdds = await metrics(appCdp);
    const perAdd = (name: string) =>
      round(((afterAdds[name]! - beforeAdds[name]!) * 1000) / ADDITIONS);
    const appMemory = {
      heapMb: mb(afterAdds.JSHeapUsedSize!),
      domNodes: afterAdds.Nodes!,
      scriptPerAdditionMs: perAdd('ScriptDuration'),
      stylePerAdditionMs: perAdd('RecalcStyleDuration'),
      layoutPerAdditionMs: perAdd('LayoutDuration'),
    };
    console.log(
      `  main thread per addition: script ${appMemory.scriptPerAdditionMs} ms, style ` +
        `${appMemory.stylePerAdditionMs} ms, layout ${appMemory.layoutPerAdditionMs} ms`,
    );
    console.log(
      `app after additions: heap ${appMemory.heapMb} MB, ${appMemory.domNodes} DOM nodes`,
    );
    if (pageErrors.length) console.log(`app page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
    await page.close();

    if (process.env.SM_BENCH_PROFILE) {
      console.log(`profile of the additions written to ${process.env.SM_BENCH_PROFILE}`);
      return;
    }
    // The floor and the peer, served from a made-up origin.
    const files = new Map<string, { body: string; type: string }>([
      ['/floor.html', { body: floorHtml(doc.text, doc.annotations), type: 'text/html' }],
      ['/peer.html', { body: peerHtml(doc.text, peerBundle), type: 'text/html' }],
      ['/peer.js', { body: peerBundle.js, type: 'text/javascript' }],
      [
        '/annotations.json',
        {
          body: JSON.stringify(peerAnnotations(doc.text, doc.annotations)),
          type: 'application/json',
        },
      ],
    ]);
    await context.route(`${BENCH_ORIGIN}/**`, (route) => {
      const file = files.get(new URL(route.request().url()).pathname);
      return file
        ? route.fulfill({ body: file.body, contentType: `${file.type}; charset=utf-8` })
        : route.fulfill({ status: 404, body: '' });
    });

    const floorPage = await context.newPage();
    const floorCdp = await context.newCDPSession(floorPage);
    await floorCdp.send('Performance.enable');
    await floorPage.goto(`${BENCH_ORIGIN}/floor.html`);
    await floorPage.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
    const floorPainted = await floorPage.evaluate(
      () => (window as unknown as { __painted: number }).__painted,
    );
    const floorMetrics = await metrics(floorCdp);
    const floor = {
      fullMs: round(floorPainted - (await responseStart(floorPage))),
      heapMb: mb(floorMetrics.JSHeapUsedSize!),
      domNodes: floorMetrics.Nodes!,
      marks: await floorPage.locator('mark').count(),
    };
    const floorScroll = await floorPage.evaluate(scrollProbe, { selector: null, ms: SCROLL_MS });
    console.log(
      `floor (static HTML, ${floor.marks} marks): full render ${floor.fullMs} ms, ` +
        `heap ${floor.heapMb} MB, ${floor.domNodes} DOM nodes`,
    );
    console.log(scrollLine('floor scroll', floorScroll));
    await floorPage.close();

    const peerPage = await context.newPage();
    const peerCdp = await context.newCDPSession(peerPage);
    await peerCdp.send('Performance.enable');
    await peerPage.goto(`${BENCH_ORIGIN}/peer.html`);
    await peerPage.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
    const peerStart = await responseStart(peerPage);
    const peerTextPainted = await peerPage.evaluate(
      () => (window as unknown as { __painted: number }).__painted,
    );
    let peer: Record<string, number | null> = { firstScreenMs: null };
    let peerScroll: ScrollResult | null = null;
    const peerLoad = peerPage.evaluate(() =>
      (
        window as unknown as {
          __peerLoad: () => Promise<{ parseMs: number; setMs: number; paintedAt: number }>;
        }
      ).__peerLoad(),
    );
    const timedOut = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), PEER_TIMEOUT_MS),
    );
    const peerResult = await Promise.race([peerLoad, timedOut]);
    if (peerResult) {
      const peerMetrics = await metrics(peerCdp);
      peer = {
        firstScreenMs: round(peerResult.paintedAt - peerStart),
        textPaintedMs: round(peerTextPainted - peerStart),
        setAnnotationsMs: round(peerResult.setMs),
        heapMb: mb(peerMetrics.JSHeapUsedSize!),
        domNodes: peerMetrics.Nodes!,
      };
      peerScroll = await peerPage.evaluate(scrollProbe, { selector: null, ms: SCROLL_MS });
      console.log(
        `peer (@recogito/text-annotator 4): first screen with highlights ${peer.firstScreenMs} ms ` +
          `(text painted ${peer.textPaintedMs} ms, setAnnotations ${peer.setAnnotationsMs} ms), ` +
          `heap ${peer.heapMb} MB, ${peer.domNodes} DOM nodes`,
      );
      console.log(scrollLine('peer scroll', peerScroll));
    } else {
      console.log(`peer: no highlights within ${PEER_TIMEOUT_MS / 1000} s (counted as a timeout)`);
    }
    peerLoad.catch(() => {});
    await peerPage.close().catch(() => {});

    const peerFirst = peer.firstScreenMs ?? null;
    const ratios = {
      firstScreenVsFloor: round(app1.firstScreenMs / floor.fullMs, 2),
      fullVsFloor: round(app1.fullMs / floor.fullMs, 2),
      firstScreenVsPeer: peerFirst === null ? null : round(app1.firstScreenMs / peerFirst, 2),
    };
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const checks = {
      firstScreenWithin2xFloor: ratios.firstScreenVsFloor <= TARGETS.firstScreenVsFloor,
      firstScreenFasterThanPeer: peerFirst === null ? true : app1.firstScreenMs < peerFirst,
      fullWithin3xFloor: ratios.fullVsFloor <= TARGETS.fullVsFloor,
      additionP95Under50: add.p95Ms < TARGETS.additionP95Ms,
    };
    console.log(
      `targets: first screen / floor ${ratios.firstScreenVsFloor}x (≤ 2x: ` +
        `${verdict(checks.firstScreenWithin2xFloor)}); first screen / peer ` +
        `${ratios.firstScreenVsPeer ?? 'peer timed out'}x (< 1x: ` +
        `${verdict(checks.firstScreenFasterThanPeer)}); whole document / floor ` +
        `${ratios.fullVsFloor}x (≤ 3x: ${verdict(checks.fullWithin3xFloor)}); addition p95 ` +
        `${add.p95Ms} ms (< 50 ms: ${verdict(checks.additionP95Under50)})`,
    );
    console.log(
      JSON.stringify({
        benchmarks: {
          editor: {
            document: {
              bytes: Buffer.byteLength(doc.text),
              paragraphs: doc.lines,
              annotations: doc.annotations.length,
              overlapping: doc.overlapping,
            },
            app: { open: app1, scroll: appScroll, additions: add, afterAdditions: appMemory },
            floor: { ...floor, scroll: floorScroll },
            peer: { ...peer, scroll: peerScroll, timedOut: peerResult === null },
            ratios,
            targets: TARGETS,
            checks,
          },
        },
      }),
    );
  } finally {
    await context?.close().catch(() => {});
    await bridge.stop();
    await rm(profileDir, { recursive: true, force: true });
    await app.dispose();
  }
}

await main();
