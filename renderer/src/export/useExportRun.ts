import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../db/db';
import { bridgeTokenForWorkers, hostApiOrThrow } from '../host/host-api';
import type { ExportJob } from './export-job';
import {
  createExportWorker,
  startExportToFile,
  type ExportProgress,
  type ExportRun,
  type ExportRunResult,
} from './export-to-file';

/** The dialog's export: not started, running with progress, or ended. */
export type ExportRunState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'ended'; result: ExportRunResult };

/**
 * Starts and cancels the export of the dialog. Progress is this hook's own state, so a
 * tick re-renders the dialog only. Closing the dialog cancels a running export.
 */
export function useExportRun(): {
  state: ExportRunState;
  /** Starts `job` on the page's workspace database. */
  start(job: Omit<ExportJob, 'database'>): void;
  cancel(): void;
  /** Back to idle after an export ended (a running export is left alone). */
  reset(): void;
} {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const run = useRef<ExportRun | null>(null);
  const start = useCallback((job: Omit<ExportJob, 'database'>) => {
    if (run.current) return;
    setState({ kind: 'running', progress: null });
    const bridgeToken = bridgeTokenForWorkers();
    // The database the page opened, restored or not: the worker cannot find it alone.
    const current = startExportToFile(
      { ...job, database: db.name },
      {
        host: hostApiOrThrow().exportFile,
        createWorker: createExportWorker,
        onProgress: (progress) => setState({ kind: 'running', progress }),
        ...(bridgeToken === null ? {} : { bridgeToken }),
      },
    );
    run.current = current;
    void current.done.then((result) => {
      if (run.current === current) run.current = null;
      setState({ kind: 'ended', result });
    });
  }, []);
  const cancel = useCallback(() => run.current?.cancel(), []);
  const reset = useCallback(
    () => setState((state) => (state.kind === 'ended' ? { kind: 'idle' } : state)),
    [],
  );
  useEffect(() => () => run.current?.cancel(), []);
  return { state, start, cancel, reset };
}
