/**
 * The annotation editor at scale, in real Chromium: a generated ~1 MB article of 5,000
 * paragraphs with 10,000 annotations (20% overlapping another), opened in the production
 * build through the loopback bridge, against two floors (static HTML with the same marks;
 * the same in `content-visibility` blocks, as the app renders) and a peer
 * (@recogito/text-annotator), like with like:
 * - all four are opened by a click in a page already loaded with its data, and timed by one
 *   probe (`editor/open-probe.ts`): first screen = the viewport filled with laid-out text and
 *   an annotation painted; whole = every line in the DOM, painted;
 * - the app's first screen is compared with the static floor's first screen (target ≤ 1.5×),
 *   its whole with the `content-visibility` floor's whole (≤ 3×: same layout skipping), and
 *   its first screen with the peer's (< 1×; a peer timeout is reported as one, never a pass);
 * - scrolling is probed at the top, middle and end of the document (`editor/scroll-probe.ts`);
 * - 50 keyboard additions per run, key press to mark painted and row stored (p95 < 50 ms),
 *   then 50 more with one busy process beside the browser (`editor/busy-process.ts`: a Node
 *   child spinning a loop), whose p95 must be under 50 ms too;
 * - the same additions on an article of the same size with 1,000 annotations and on one
 *   with 50,000, one after the other in each run: the second's p95 within 1.2× the first's
 *   (`editor/scaling-run.ts`; quick: 200 and 10,000 on the smaller text).
 * Each run opens everything afresh, app then floors then peer, so a ratio pairs figures
 * taken moments apart; key figures and ratios are the median, min and max of the runs
 * (`SM_BENCH_RUNS`, default 3). `SM_BENCH_QUICK=1` uses a fifth of the document.
 * Prints readable figures, then `{"benchmarks":{"editor":{…}}}`, met or missed.
 *
 * Profiling: `SM_BENCH_PROFILE=/tmp/add.cpuprofile SM_NO_MINIFY=1 node tests/bench/run.mjs
 * editor` writes a CPU profile of one run's additions (readable names: the build is not
 * minified) and measures nothing else; `SM_BENCH_SCROLL_PROFILE=/tmp/scroll.cpuprofile`
 * does the same for the app's scroll, `SM_BENCH_OPEN_PROFILE=/tmp/open.cpuprofile` for its
 * open (from the click to the whole document; `SM_BENCH_OPEN_TRACE=/tmp/open.json` writes a
 * Chromium trace of it), and `SM_BENCH_SCALING_PROFILE=/tmp/scaling`
 * for the additions on both articles of the scaling comparison (`/tmp/scaling.few.cpuprofile`
 * and `/tmp/scaling.many.cpuprofile`; `SM_BENCH_SCALING_TRACE=/tmp/scaling` writes Chromium
 * traces of them, `.few.json` and `.many.json`); `SM_BENCH_PEER_PROFILE=/tmp/peer.cpuprofile` for the
 * peer's open alone (to see where its first screen goes). `SM_BENCH_TRACE=/tmp/add.json`
 * writes a Chromium trace of the additions (style, layout, paint and IndexedDB tasks, which a
 * CPU profile leaves out), as `SM_BENCH_PROFILE` does; with `SM_BENCH_TRACE_INVALIDATIONS=1` a
 * trace also says what invalidated style, layout and paint, and why (each display item).
 * `SM_BENCH_ADDITIONS_ONLY=1` runs only the additions (main article, under load, scaling),
 * timed as in a full run, to compare two builds in minutes (`editor/additions-only.ts`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { runApp, type AppRun } from './editor/app-run';
import { buildApp, launchBenchChromium, startBridge } from './editor/app-process';
import { FULL_SIZE, generateDocument, MAIN_SEED, QUICK_SIZE } from './editor/generate';
import { readAnalystId } from './editor/in-page';
import { buildPeerBundle } from './editor/peer-page';
import {
  runFloor,
  runPeer,
  serveReferences,
  type ReferenceOptions,
  type ReferenceRun,
} from './editor/reference-runs';
import { editorResults, type EditorRound } from './editor/editor-results';
import { runScaling } from './editor/scaling-run';
import { runAdditionsOnly } from './editor/additions-only';
import { benchRuns, isQuick, printResults, verdict } from './report';

const SIZE = isQuick ? QUICK_SIZE : FULL_SIZE;
/** Annotations of the scaling comparison's two articles (text of `SIZE`): 50 times apart. */
const SCALING = isQuick ? { few: 200, many: 10_000 } : { few: 1_000, many: 50_000 };
const RUNS = benchRuns();
const ADDITIONS = isQuick ? 10 : 50;
const SCROLL = { windowPx: isQuick ? 2400 : 6000, stepPx: 60 };
const OPEN_TIMEOUT_MS = 120_000;
const PEER_TIMEOUT_MS = isQuick ? 30_000 : 90_000;

const projectRoot = process.cwd();
const round = (value: number) => Math.round(value * 10) / 10;

function describe(name: string, run: ReferenceRun | AppRun | null): string {
  if (!run || !run.open) return `${name} timed out`;
  const whole = run.open.wholeMs === undefined ? '' : `, whole ${run.open.wholeMs} ms`;
  return `${name} first screen ${run.open.firstScreenMs} ms${whole}`;
}

async function firstStart(context: BrowserContext, url: string): Promise<string> {
  // The app's first start seeds its samples, codebook and analyst.
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('table', { name: 'Library' }).locator('tbody tr').first().waitFor({
    timeout: 30_000,
  });
  let analystId: string | null = null;
  for (let tries = 0; tries < 100 && !analystId; tries++) {
    analystId = await page.evaluate(readAnalystId);
    if (!analystId) await page.waitForTimeout(100);
  }
  await page.close();
  if (!analystId) throw new Error('the app made no analyst');
  return analystId;
}

async function main() {
  const app = await buildApp(projectRoot);
  const peerBundle = await buildPeerBundle(projectRoot);
  const bridge = await startBridge(app.root);
  const profileDir = await mkdtemp(join(tmpdir(), 'sourcemark-editor-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchBenchChromium(profileDir);
    const analystId = await firstStart(context, bridge.url);
    const started = performance.now();
    const doc = generateDocument(analystId, SIZE);
    console.log(
      `document: ${round(Buffer.byteLength(doc.text) / 1024 / 1024)} MB, ${doc.lines} ` +
        `paragraphs, ${doc.annotations.length} annotations (${doc.overlapping} placed over ` +
        `another), generated in ${Math.round(performance.now() - started)} ms; app built in ` +
        `${Math.round(app.buildMs)} ms; ${RUNS} runs`,
    );
    await serveReferences(context, doc, peerBundle);
    const scalingDocs = {
      few: generateDocument(
        analystId,
        { ...SIZE, annotations: SCALING.few },
        MAIN_SEED + 1,
        'Scaling benchmark article, few',
      ),
      many: generateDocument(
        analystId,
        { ...SIZE, annotations: SCALING.many },
        MAIN_SEED + 2,
        'Scaling benchmark article, many',
      ),
    };

    const profile = {
      open: process.env.SM_BENCH_OPEN_PROFILE,
      additions: process.env.SM_BENCH_PROFILE,
      scroll: process.env.SM_BENCH_SCROLL_PROFILE,
      additionsTrace: process.env.SM_BENCH_TRACE,
      openTrace: process.env.SM_BENCH_OPEN_TRACE,
    };
    const appOptions = {
      additions: ADDITIONS,
      scroll: SCROLL,
      openTimeoutMs: OPEN_TIMEOUT_MS,
      profile,
    };
    const peerProfile = process.env.SM_BENCH_PEER_PROFILE;
    if (peerProfile) {
      const peer = await runPeer(context, {
        lines: doc.lines,
        viewport: { width: 900, height: 636 },
        scroll: SCROLL,
        timeoutMs: PEER_TIMEOUT_MS,
        profile: peerProfile,
      });
      console.log(`${describe('peer', peer)}; profile written to ${peerProfile}`);
      printResults('editor', { profiled: { peer: peerProfile }, peer, problems: [] });
      return;
    }
    const scalingProfile = process.env.SM_BENCH_SCALING_PROFILE;
    const scalingTrace = process.env.SM_BENCH_SCALING_TRACE;
    if (scalingProfile || scalingTrace) {
      const problems: string[] = [];
      const scaling = await runScaling(
        context,
        bridge.url,
        scalingDocs,
        {
          additions: ADDITIONS,
          openTimeoutMs: OPEN_TIMEOUT_MS,
          profile: scalingProfile,
          trace: scalingTrace,
        },
        problems,
      );
      const written = [scalingProfile, scalingTrace].filter(Boolean).join(', ');
      console.log(`addition p95 ×${scaling.p95Ratio}; written: ${written}`);
      printResults('editor', { profiled: { scaling: written }, scaling, problems });
      return;
    }
    if (Object.values(profile).some(Boolean)) {
      const run = await runApp(context, bridge.url, doc, appOptions);
      console.log(
        `${describe('app', run)}; profiles written: ` +
          Object.values(profile).filter(Boolean).join(', '),
      );
      printResults('editor', { profiled: profile, app: run, problems: run.pageErrors });
      return;
    }

    if (process.env.SM_BENCH_ADDITIONS_ONLY === '1') {
      const figures = await runAdditionsOnly(context, bridge.url, doc, scalingDocs, {
        ...appOptions,
        runs: RUNS,
      });
      printResults('editor', { additionsOnly: figures, problems: figures.problems });
      return;
    }

    const rounds: EditorRound[] = [];
    let peerTimedOut = false;
    for (let index = 0; index < RUNS; index++) {
      const appRun = await runApp(context, bridge.url, doc, appOptions);
      const options: ReferenceOptions = {
        lines: doc.lines,
        viewport: appRun.surface,
        scroll: SCROLL,
        timeoutMs: OPEN_TIMEOUT_MS,
      };
      const staticFloor = await runFloor(context, 'static', options);
      const cvFloor = await runFloor(context, 'cv', options);
      // Once the peer has timed out it is reported as a timeout: waiting again adds nothing.
      const peer = peerTimedOut
        ? null
        : await runPeer(context, { ...options, timeoutMs: PEER_TIMEOUT_MS });
      if (peer && !peer.open) peerTimedOut = true;
      const scalingErrors: string[] = [];
      const scaling = await runScaling(
        context,
        bridge.url,
        scalingDocs,
        { additions: ADDITIONS, openTimeoutMs: OPEN_TIMEOUT_MS },
        scalingErrors,
      );
      appRun.pageErrors.push(...scalingErrors);
      rounds.push({ app: appRun, staticFloor, cvFloor, peer, scaling });
      console.log(
        `run ${index + 1}: ${describe('app', appRun)}, addition p95 ` +
          `${appRun.additions.p95Ms} ms (${appRun.additionsUnderLoad?.p95Ms ?? '—'} ms with one ` +
          `busy process); ${describe('static floor', staticFloor)}; ` +
          `${describe('cv floor', cvFloor)}; ` +
          `${peer ? describe('peer', peer) : 'peer skipped after a timeout'}; addition p95 ` +
          `${scaling.few.additions.p95Ms} ms at ${SCALING.few} annotations, ` +
          `${scaling.many.additions.p95Ms} ms at ${SCALING.many} (×${scaling.p95Ratio})`,
      );
    }

    const results = editorResults(rounds, {
      document: {
        bytes: Buffer.byteLength(doc.text),
        paragraphs: doc.lines,
        annotations: doc.annotations.length,
        overlapping: doc.overlapping,
      },
      peerTimeoutMs: PEER_TIMEOUT_MS,
      scroll: SCROLL,
    });
    for (const line of results.readable) console.log(line);
    for (const [name, target] of Object.entries(results.figures.targets))
      console.log(
        `target ${name}: ${target.value ?? '—'} (target ${target.target}): ${verdict(target)}`,
      );
    printResults('editor', results.figures);
  } finally {
    await context?.close().catch(() => {});
    await bridge.stop();
    await rm(profileDir, { recursive: true, force: true });
    await app.dispose();
  }
}

await main();
