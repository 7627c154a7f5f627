/**
 * The export's dedicated worker: reads the set, runs the format and hands the file to the
 * page a chunk per `pull` (`export-worker-core.ts`), so the page's thread never holds the
 * set or the whole file and stays responsive however large the export. Cancelling
 * terminates the worker.
 */
import type { FromExportWorker, ToExportWorker } from './export-job';
import { createExportWorkerCore } from './export-worker-core';

/** The parts of a dedicated worker's global scope used here (the renderer's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToExportWorker>) => void) | null;
  postMessage(message: FromExportWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
// A chunk's buffer is moved to the page, not copied: the worker never uses it again.
const handle = createExportWorkerCore((message) =>
  scope.postMessage(message, message.kind === 'chunk' ? [message.chunk.buffer] : []),
);
scope.onmessage = (event) => handle(event.data);
