/**
 * The document reader's worker thread: a bundle entry of its own
 * (`out/main/document-worker.js`, see `electron.vite.config.ts`), started by
 * `document-runner.ts`. It answers each request (`ExtractionRequest`) with one
 * `DocumentExtraction` message, one request at a time; the host terminates it when it
 * runs past the time limit or its memory.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentExtraction } from './document-text';
import { extractDocument, type ExtractionRequest } from './extract-document';

const port = parentPort;
if (!port) throw new Error('document-worker.js runs as a worker thread only');

port.on('message', (request: ExtractionRequest) => {
  extractDocument(request).then(
    (extraction) => port.postMessage(extraction),
    // extractDocument catches what the converters throw; this is a bug or a missing module.
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      const answer: DocumentExtraction = { kind: 'reader-failed', why: why.slice(0, 200) };
      port.postMessage(answer);
    },
  );
});
