/**
 * One run of a floor or of the peer, in a fresh page the size of the app's text surface:
 * the page and its data are loaded first, then a click opens the document under the same
 * probe as the app (`open-probe.ts`), then the same whole-document scroll. A run that does
 * not open within the timeout answers `open: null`: a timeout, never a figure.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchDocument } from './generate';
import { floorHtml, floorShellHtml, type FloorKind } from './floor-page';
import { startProfile, stopProfile } from './cpu-profile';
import { timeOpen, type OpenFigures } from './open-timing';
import { pageSize } from './page-metrics';
import { peerAnnotations, peerHtml, peerTextHtml } from './peer-page';
import { scrollRegionsProbe, type ScrollProbeArgs } from './scroll-probe';

/** A made-up origin, served by Playwright routing: no app CSP, no server to stop. */
export const BENCH_ORIGIN = 'http://sm-bench.test';

export interface ReferenceOptions {
  lines: number;
  viewport: { width: number; height: number };
  scroll: Omit<ScrollProbeArgs, 'frame' | 'scroller'>;
  timeoutMs: number;
  /** A CPU profile of the open (`.cpuprofile`), from the click to the end or the timeout. */
  profile?: string;
}

export interface ReferenceRun {
  /** The peer has no `wholeMs`: it is given its whole text at once and draws highlights
   * only near the viewport, so "every line in the DOM" says nothing about it. */
  open: (Omit<OpenFigures, 'wholeMs'> & { wholeMs?: number }) | null;
  scroll: Awaited<ReturnType<typeof scrollRegionsProbe>> | null;
  heapMb?: number;
  domNodes?: number;
  /** The peer's own phases inside the click (text in, annotator created, annotations set). */
  phases?: Record<string, number>;
}

/** Serves the floors, the shell and the peer's page, script, text and annotations. */
export async function serveReferences(
  context: BrowserContext,
  doc: BenchDocument,
  peerBundle: { js: string; css: string },
): Promise<void> {
  const files = new Map<string, { body: string; type: string }>([
    ['/floor-shell.html', { body: floorShellHtml(), type: 'text/html' }],
    [
      '/floor-static.html',
      { body: floorHtml(doc.text, doc.annotations, 'static'), type: 'text/html' },
    ],
    ['/floor-cv.html', { body: floorHtml(doc.text, doc.annotations, 'cv'), type: 'text/html' }],
    ['/peer.html', { body: peerHtml(peerBundle), type: 'text/html' }],
    ['/peer.js', { body: peerBundle.js, type: 'text/javascript' }],
    ['/peer-text.html', { body: peerTextHtml(doc.text), type: 'text/html' }],
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
}

async function measure(
  context: BrowserContext,
  path: string,
  prepare: (page: Page) => Promise<unknown>,
  probe: { frame: string | null; mark: string; text: string },
  options: ReferenceOptions,
): Promise<ReferenceRun & { page: Page }> {
  const page = await context.newPage();
  await page.setViewportSize(options.viewport);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${BENCH_ORIGIN}${path}`);
  await prepare(page);
  if (options.profile) await startProfile(cdp);
  const open = await timeOpen(
    page,
    { ...probe, scroller: null, lines: options.lines },
    // The "Open" button covers the page.
    () => page.mouse.click(5, 5),
    options.timeoutMs,
  );
  // After a timeout the page may still be in its long task: the profile then ends there.
  if (options.profile) await stopProfile(cdp, options.profile).catch(() => {});
  if (!open) return { page, open: null, scroll: null };
  const size = await pageSize(cdp);
  const scroll = await page.evaluate(scrollRegionsProbe, {
    frame: probe.frame,
    scroller: null,
    ...options.scroll,
  });
  return { page, open, scroll, ...size };
}

/** One open of a floor: its HTML streamed by the parser into the shell's iframe. */
export async function runFloor(
  context: BrowserContext,
  kind: FloorKind,
  options: ReferenceOptions,
): Promise<ReferenceRun> {
  const { page, ...run } = await measure(
    context,
    '/floor-shell.html',
    (shell) =>
      shell.evaluate(
        (path) =>
          (window as unknown as { __prepare: (p: string) => Promise<void> }).__prepare(path),
        `/floor-${kind}.html`,
      ),
    { frame: '#doc', mark: '.sm-mark', text: '.article-text' },
    options,
  );
  await page.close().catch(() => {});
  return run;
}

/** One open of the peer: text in, annotator created, annotations set, highlights painted. */
export async function runPeer(
  context: BrowserContext,
  options: ReferenceOptions,
): Promise<ReferenceRun> {
  const { page, ...run } = await measure(
    context,
    '/peer.html',
    (peer) => peer.evaluate(() => window.__peerPrepare()),
    { frame: null, mark: '.r6o-annotation', text: '#peer-text' },
    options,
  );
  if (run.open) {
    const { wholeMs: _, ...open } = run.open;
    run.open = open;
    const phases = await page.evaluate(() => window.__peerPhases);
    if (phases)
      run.phases = Object.fromEntries(
        Object.entries(phases).map(([name, ms]) => [name, Math.round(ms * 10) / 10]),
      );
  }
  // A page stuck in a long task must still go: closing kills its renderer.
  await page.close({ runBeforeUnload: false }).catch(() => {});
  return run;
}
