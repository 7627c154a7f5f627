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
  postMessage(message: FromExportWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = createExportWorkerCore((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
