/**
 * Runs an export job to a file, from the page's side: starts the worker, opens a streamed
 * write on the host once the file is built, and appends the worker's chunks one at a time
 * (each pulled only after the last is written, so neither side piles the file up), then
 * closes it. Cancelling, or any failure, terminates the worker and aborts the write: the
 * host deletes its temporary file, and no file is left under the export's name.
 */
import type { SourcemarkApi } from '../../../preload/api';
import type { ExportJob, ExportTally, FromExportWorker, ToExportWorker } from './export-job';

/** The worker as the driver uses it (a `Worker`, or a fake in tests). */
export interface ExportWorkerPort {
  postMessage(message: ToExportWorker): void;
  onmessage: ((event: MessageEvent<FromExportWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Where the export is: reading articles, or writing chunks of the file. */
export type ExportProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'writing'; done: number; total: number };

/** How an export ended. */
export type ExportRunResult =
  | { kind: 'written'; tally: ExportTally; path: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

export interface ExportRunOptions {
  host: SourcemarkApi['exportFile'];
  createWorker(): ExportWorkerPort;
  onProgress?(progress: ExportProgress): void;
}

/** A running export: its outcome, and a way to stop it. */
export interface ExportRun {
  done: Promise<ExportRunResult>;
  /** Stops the export; `done` then answers `cancelled` (unless it had already ended). */
  cancel(): void;
}

/** The module worker, bundled by Vite from `export.worker.ts` (same origin: `worker-src 'self'`). */
export function createExportWorker(): ExportWorkerPort {
  // The job names the database to read (`ExportJob.database`): a worker has no `localStorage`.
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts `job`; see the module comment for the order of things. */
export function startExportToFile(job: ExportJob, options: ExportRunOptions): ExportRun {
  const { host, onProgress } = options;
  const worker = options.createWorker();
  let writeId: string | undefined;
  let isOver = false;
  // Once the last chunk is written the file is being renamed: too late to cancel.
  let isClosing = false;
  let finish: (result: ExportRunResult) => void = () => {};
  const done = new Promise<ExportRunResult>((resolve) => (finish = resolve));

  /** Ends the run once: the worker stops, and an unfinished write is dropped. */
  const end = async (result: ExportRunResult) => {
    if (isOver) return;
    isOver = true;
    worker.terminate();
    if (result.kind !== 'written' && writeId !== undefined) await host.abort(writeId);
    finish(result);
  };
  const fail = (reason: string) => void end({ kind: 'failed', reason });

  let tally: ExportTally | undefined;
  let chunks = 0;
  let written = 0;
  const onMessage = async (message: FromExportWorker) => {
    if (isOver) return;
    switch (message.kind) {
      case 'reading':
        onProgress?.({ phase: 'reading', done: message.done, total: message.total });
        return;
      case 'failed':
        return fail(message.reason);
      case 'built': {
        tally = message.tally;
        chunks = message.chunks;
        const opened = await host.open(tally.fileName);
        if (!opened.ok) return fail(opened.error.message);
        writeId = opened.value.writeId;
        // Cancelled while the host opened it: `end` ran before the id was known.
        if (isOver) return void host.abort(writeId);
        onProgress?.({ phase: 'writing', done: 0, total: chunks });
        return worker.postMessage({ kind: 'pull' });
      }
      case 'chunk': {
        if (writeId === undefined || !tally) return fail('The export sent data before its file.');
        const { data, encoding } = message.chunk;
        const appended = await host.append(writeId, data, encoding);
        if (!appended.ok) return fail(appended.error.message);
        if (isOver) return;
        written += 1;
        onProgress?.({ phase: 'writing', done: written, total: Math.max(chunks, written) });
        if (!message.last) return worker.postMessage({ kind: 'pull' });
        isClosing = true;
        const closed = await host.close(writeId);
        if (!closed.ok) return fail(closed.error.message);
        isOver = true;
        worker.terminate();
        return finish({ kind: 'written', tally, ...closed.value });
      }
    }
  };
  worker.onmessage = (event) => void onMessage(event.data);
  worker.onerror = (event) => fail(event.message || 'The export worker stopped unexpectedly.');
  worker.postMessage({ kind: 'start', job });
  return { done, cancel: () => void (isClosing || end({ kind: 'cancelled' })) };
}
