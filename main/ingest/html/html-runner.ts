/**
 * Where saved HTML pages are ingested: in worker threads running `html-worker.ts`
 * (bundled as `out/main/html-worker.js`), so that a folder of pages is read on both cores
 * (Readability takes tens of milliseconds a page) while the host's thread stays free for
 * the window's other calls. Each page is stopped past `MAX_HTML_EXTRACTION_MS` or
 * `MAX_HTML_HEAP_MB` and answered as a failure for that file alone.
 *
 * Unlike PDF and DOCX, a page may still be read in the host's thread when the worker
 * script is missing (the TypeScript sources under Vitest, the benchmarks): HTML reading
 * is bounded by construction (`compactHtml`, `fitsDom`), and it ran there before; the
 * workers are for throughput and responsiveness, not for containment.
 */
import type { SourceMeta } from '../build-article';
import { locateWorkerScript } from '../documents/locate-worker';
import { createWorkerPool, type WorkerOutcome } from '../documents/worker-pool';
import { corruptFailure, expandsTooMuchFailure, tooSlowFailure } from '../failure-messages';
import { ingestBytes, type IngestOutcome } from '../ingest-bytes';
import { MAX_HTML_EXTRACTION_MS, MAX_HTML_HEAP_MB } from '../limits';
import type { HtmlRequest } from './html-request';

/** Ingests one page's bytes (`ingestBytes`, wherever it runs); never rejects. */
export type HtmlRunner = (bytes: Uint8Array, meta: SourceMeta) => Promise<IngestOutcome>;

/** A runner over worker threads; `close()` ends them (tests, benchmarks; the app lets them idle out). */
export type HtmlWorkerRunner = HtmlRunner & { close: () => Promise<void> };

const WORKER_FILE = 'html-worker.js';
/**
 * Pages read at once: two cores are common, and `ingestFiles` keeps two files in flight.
 * Each worker holds its own heap: in `npm run bench -- pages` the process peaked at 636 MB
 * reading the 110 test pages through two workers, against 313 MB in one thread.
 */
export const MAX_HTML_WORKERS = 2;
const IDLE_MS = 20_000;

/** The bundled worker script beside the running bundle, or `undefined`. */
export function locateHtmlWorker(from: string = import.meta.url): URL | undefined {
  return locateWorkerScript(WORKER_FILE, from);
}

function outcomeOf(
  outcome: WorkerOutcome<IngestOutcome>,
  path: string,
  timeLimitMs: number,
): IngestOutcome {
  switch (outcome.kind) {
    case 'done':
      return outcome.value;
    case 'timed-out':
      return {
        kind: 'failure',
        failure: tooSlowFailure(path, Math.max(1, Math.round(timeLimitMs / 1000))),
      };
    case 'out-of-memory':
      return {
        kind: 'failure',
        failure: expandsTooMuchFailure(
          path,
          `reading it needs more than ${MAX_HTML_HEAP_MB} MB of memory`,
        ),
      };
    case 'crashed':
      return {
        kind: 'failure',
        failure: corruptFailure(path, `the page reader failed (${outcome.why})`),
      };
  }
}

/** Options for `createHtmlWorkerRunner`; tests shorten the time limit. */
export interface HtmlWorkerOptions {
  timeLimitMs?: number;
  maxWorkers?: number;
}

/** A runner over a pool of workers started from `workerUrl`. */
export function createHtmlWorkerRunner(
  workerUrl: URL,
  options: HtmlWorkerOptions = {},
): HtmlWorkerRunner {
  const timeLimitMs = options.timeLimitMs ?? MAX_HTML_EXTRACTION_MS;
  const pool = createWorkerPool<HtmlRequest, IngestOutcome>({
    url: workerUrl,
    maxWorkers: options.maxWorkers ?? MAX_HTML_WORKERS,
    idleMs: IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: MAX_HTML_HEAP_MB },
  });
  const run: HtmlRunner = async (bytes, meta) =>
    outcomeOf(await pool.run({ bytes, meta }, timeLimitMs), meta.sourcePath, timeLimitMs);
  return Object.assign(run, { close: () => pool.close() });
}

/** Reads the page in the calling thread. */
export const inThreadHtmlRunner: HtmlRunner = async (bytes, meta) => ingestBytes(bytes, meta);

let workerRunner: HtmlRunner | undefined;
let replacement: HtmlRunner | undefined;

/**
 * The runner ingestion uses: workers from the bundled script, started on first use, or
 * the calling thread when the script is not beside the bundle (see the module comment).
 */
export function defaultHtmlRunner(): HtmlRunner {
  if (replacement) return replacement;
  if (workerRunner) return workerRunner;
  const url = locateHtmlWorker();
  workerRunner = url ? createHtmlWorkerRunner(url) : inThreadHtmlRunner;
  return workerRunner;
}

/** Makes `runner` the default until the returned function is called (tests). */
export function replaceDefaultHtmlRunner(runner: HtmlRunner): () => void {
  const previous = replacement;
  replacement = runner;
  return () => {
    replacement = previous;
  };
}
