/**
 * Where PDF and DOCX text is extracted: in worker threads running `document-worker.ts`
 * (bundled as `out/main/document-worker.js`), at most `MAX_EXTRACTION_MS` and
 * `MAX_EXTRACTION_HEAP_MB` each, so that a hostile file (a zip bomb, a PDF that loops)
 * costs a failure for that file and never blocks the host's other calls.
 */
import { MAX_EXTRACTION_HEAP_MB } from '../limits';
import type { DocumentExtraction } from './document-text';
import type { ExtractionRequest } from './extract-document';
import { locateWorkerScript } from './locate-worker';
import { createWorkerPool, type WorkerOutcome } from './worker-pool';

/** Extracts one document within `request.timeLimitMs`; never rejects. */
export type DocumentRunner = (request: ExtractionRequest) => Promise<DocumentExtraction>;

/** A runner over worker threads; `close()` ends them (tests; the app lets them idle out). */
export type WorkerRunner = DocumentRunner & { close: () => Promise<void> };

const WORKER_FILE = 'document-worker.js';
// Two cores are common: two files read at once, a third waits (the host stays free).
const MAX_WORKERS = 2;
const IDLE_MS = 20_000;

/**
 * The bundled worker script beside the running bundle, or `undefined` (as when running
 * the TypeScript sources under Vitest); see `locateWorkerScript`.
 */
export function locateDocumentWorker(from: string = import.meta.url): URL | undefined {
  return locateWorkerScript(WORKER_FILE, from);
}

function answerOf(outcome: WorkerOutcome<DocumentExtraction>): DocumentExtraction {
  switch (outcome.kind) {
    case 'done':
      return outcome.value;
    case 'timed-out':
      return { kind: 'too-slow' };
    case 'out-of-memory':
      return { kind: 'out-of-memory' };
    case 'crashed':
      return { kind: 'reader-failed', why: outcome.why };
  }
}

/**
 * A runner over a pool of workers started from `workerUrl`, each stopped past the
 * request's time limit (plus a second, so the PDF reader's own deadline answers first
 * when it can) or past `MAX_EXTRACTION_HEAP_MB`.
 */
export function createWorkerRunner(workerUrl: URL): WorkerRunner {
  const pool = createWorkerPool<ExtractionRequest, DocumentExtraction>({
    url: workerUrl,
    maxWorkers: MAX_WORKERS,
    idleMs: IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: MAX_EXTRACTION_HEAP_MB },
  });
  const run: DocumentRunner = async (request) =>
    answerOf(await pool.run(request, request.timeLimitMs + 1_000));
  return Object.assign(run, { close: () => pool.close() });
}

let workerRunner: DocumentRunner | undefined;
let replacement: DocumentRunner | undefined;

/**
 * The runner ingestion uses: workers from the bundled script, started on first use. When
 * the script is missing every document answers `reader-failed`; extraction never falls
 * back to the host's own thread.
 */
export function defaultDocumentRunner(): DocumentRunner {
  if (replacement) return replacement;
  if (workerRunner) return workerRunner;
  const url = locateDocumentWorker();
  if (!url) {
    return async () => ({
      kind: 'reader-failed',
      why: `its file ${WORKER_FILE} is missing beside the app; build the app again`,
    });
  }
  workerRunner = createWorkerRunner(url);
  return workerRunner;
}

/**
 * Makes `runner` the default until the returned function is called: for tests, which run
 * the TypeScript sources (there is no bundled worker beside them), and for a bundle that
 * places the worker elsewhere.
 */
export function replaceDefaultDocumentRunner(runner: DocumentRunner): () => void {
  const previous = replacement;
  replacement = runner;
  return () => {
    replacement = previous;
  };
}
