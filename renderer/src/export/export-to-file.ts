/**
 * Runs an export job to a file, from the page's side: starts the worker, opens a streamed
 * write on the host once the worker names the file, and appends the worker's chunks as they
 * come (each pulled only after the last is written, so neither side piles the file up; in
 * browser mode the worker appends them to the bridge itself), then closes it when the
 * worker says it has sent everything. Cancelling, or any failure, terminates the worker and aborts the write: the
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

/**
 * Where the export is: reading articles (a first pass, or the whole set of a format built
 * whole), or writing the file: `done` of `total` in the writer's own units (records or
 * chunks: only their ratio is shown), and the chunks written so far.
 */
export type ExportProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'writing'; done: number; total: number; chunks: number };

/** How an export ended. */
export type ExportRunResult =
  | { kind: 'written'; tally: ExportTally; path: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

export interface ExportRunOptions {
  host: SourcemarkApi['exportFile'];
  createWorker(): ExportWorkerPort;
  onProgress?(progress: ExportProgress): void;
  /**
   * Browser mode: the bridge's token, so the worker appends the chunks itself and they never
   * cross the page's thread (`export-worker-core.ts`). The page still opens, closes and
   * aborts the write.
   */
  bridgeToken?: string;
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

  let written = 0;
  const onMessage = async (message: FromExportWorker) => {
    if (isOver) return;
    switch (message.kind) {
      case 'reading':
        onProgress?.({ phase: 'reading', done: message.done, total: message.total });
        return;
      case 'failed':
        return fail(message.reason);
      case 'file': {
        const opened = await host.open(message.fileName);
        if (!opened.ok) return fail(opened.error.message);
        writeId = opened.value.writeId;
        // Cancelled while the host opened it: `end` ran before the id was known.
        if (isOver) return void host.abort(writeId);
        return worker.postMessage(
          options.bridgeToken === undefined ? { kind: 'pull' } : { kind: 'write', writeId },
        );
      }
      case 'written':
        written += 1;
        return onProgress?.({ phase: 'writing', ...message.progress, chunks: written });
      case 'chunk': {
        if (writeId === undefined) return fail('The export sent data before its file.');
        const appended = await host.append(writeId, message.chunk);
        if (!appended.ok) return fail(appended.error.message);
        if (isOver) return;
        written += 1;
        onProgress?.({ phase: 'writing', ...message.progress, chunks: written });
        return worker.postMessage({ kind: 'pull' });
      }
      case 'end': {
        if (writeId === undefined) return fail('The export ended before its file.');
        isClosing = true;
        const closed = await host.close(writeId);
        if (!closed.ok) return fail(closed.error.message);
        isOver = true;
        worker.terminate();
        return finish({ kind: 'written', tally: message.tally, ...closed.value });
      }
    }
  };
  worker.onmessage = (event) => void onMessage(event.data);
  worker.onerror = (event) => fail(event.message || 'The export worker stopped unexpectedly.');
  worker.postMessage(
    options.bridgeToken === undefined
      ? { kind: 'start', job }
      : { kind: 'start', job, bridgeToken: options.bridgeToken },
  );
  return { done, cancel: () => void (isClosing || end({ kind: 'cancelled' })) };
}
