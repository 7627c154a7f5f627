/**
 * Runs imports one after another and publishes their state for the UI.
 *
 * Requests arrive from many places (dialogs, drops, launch paths, the OS, first-run
 * samples) and may overlap; they run in arrival order. Everything run back to back forms
 * one busy period with one merged report, so a drop during a folder import does not hide
 * the folder's report. Framework-free: `useImportQueue` adapts it to React.
 */
import { emptyReport, mergeReports, type ImportReport } from './import-report';
import {
  runImport,
  type ImportOptions,
  type ImportProgress,
  type ImportRequest,
} from './import-session';

/** What the UI shows of the queue. Replaced, never mutated, on every change. */
export interface ImportQueueState {
  isRunning: boolean;
  progress: ImportProgress | null;
  /** The merged report of the last finished busy period, until dismissed. */
  report: ImportReport | null;
}

interface Pending {
  request: ImportRequest;
  resolve: (report: ImportReport) => void;
}

/** How many files a request would have imported, when known without asking the host. */
function requestSize(request: ImportRequest): number {
  if (request.kind === 'paths') return request.paths.length;
  if (request.kind === 'dropped') return request.files.length;
  return 0;
}

/** Serialises imports and exposes their progress and merged report. */
export class ImportQueue {
  private state: ImportQueueState = { isRunning: false, progress: null, report: null };
  private readonly pending: Pending[] = [];
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private merged = emptyReport();
  private isDraining = false;

  constructor(private readonly options: Omit<ImportOptions, 'onProgress' | 'signal'>) {}

  /** Queues `request`; resolves with its own report once it has run (or was cancelled). */
  enqueue(request: ImportRequest): Promise<ImportReport> {
    return new Promise((resolve) => {
      this.pending.push({ request, resolve });
      void this.drain();
    });
  }

  /** Stops the running import after its current chunk and drops every queued one. */
  cancel(): void {
    this.controller?.abort();
    for (const { request, resolve } of this.pending.splice(0)) {
      const report = { ...emptyReport(), isCancelled: true, notImported: requestSize(request) };
      this.merged = mergeReports(this.merged, report);
      resolve(report);
    }
  }

  /** Hides the last report. */
  dismissReport(): void {
    if (this.state.report) this.setState({ report: null });
  }

  /** Calls `listener` after every state change; answers the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state (the same object until something changes). */
  getState = (): ImportQueueState => this.state;

  private setState(change: Partial<ImportQueueState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private async drain(): Promise<void> {
    if (this.isDraining) return;
    this.isDraining = true;
    this.merged = emptyReport();
    this.setState({ isRunning: true, progress: null, report: null });
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      const controller = new AbortController();
      this.controller = controller;
      const report = await runImport(next.request, {
        ...this.options,
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) this.setState({ progress });
        },
      });
      this.merged = mergeReports(this.merged, report);
      next.resolve(report);
    }
    this.controller = null;
    this.isDraining = false;
    this.setState({ isRunning: false, progress: null, report: this.merged });
  }
}
