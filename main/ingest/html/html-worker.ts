/**
 * The saved-page reader's worker thread: a bundle entry of its own
 * (`out/main/html-worker.js`, see `electron.vite.config.ts`), started by `html-runner.ts`.
 * It answers each request (`HtmlRequest`) with one `IngestOutcome` message, one page at a
 * time; the host terminates it when it runs past its time limit or its memory.
 */
import { parentPort } from 'node:worker_threads';
import { corruptFailure } from '../failure-messages';
import { ingestBytes, type IngestOutcome } from '../ingest-bytes';
import type { HtmlRequest } from './html-request';

const port = parentPort;
if (!port) throw new Error('html-worker.js runs as a worker thread only');

port.on('message', ({ bytes, meta }: HtmlRequest) => {
  let outcome: IngestOutcome;
  try {
    outcome = ingestBytes(bytes, meta);
  } catch (error) {
    // ingestBytes never throws by contract: this is a bug, reported for this page only.
    const why = error instanceof Error ? error.message : String(error);
    outcome = {
      kind: 'failure',
      failure: corruptFailure(meta.sourcePath, `the page reader failed (${why.slice(0, 200)})`),
    };
  }
  port.postMessage(outcome);
});
