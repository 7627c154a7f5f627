import { useEffect, useEffectEvent, useRef } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import type { ImportReport } from '../import/import-report';
import type { ImportRequest } from '../import/import-session';
import { runStartupImport } from './startup-import';

/** Runs the start-up import (launch paths, first-run samples) once per app start. */
export function useStartupImport(
  api: SourcemarkApi,
  enqueue: (request: ImportRequest) => Promise<ImportReport>,
  notify: (message: string) => void,
): void {
  // StrictMode mounts effects twice in development; the import must run once.
  const hasStarted = useRef(false);
  const report = useEffectEvent(notify);
  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    runStartupImport(api.app, api.library, enqueue).then(
      (messages) => messages.forEach((message) => report(message)),
      (error: unknown) =>
        report(
          `The library could not be opened: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  }, [api, enqueue]);
}
