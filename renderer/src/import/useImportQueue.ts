import { useState, useSyncExternalStore } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import { ImportQueue, type ImportQueueState } from './import-queue';
import type { ImportReport } from './import-report';
import type { ImportRequest } from './import-session';

/** The app's import queue as React state, with its actions. */
export interface ImportQueueHandle {
  state: ImportQueueState;
  enqueue(request: ImportRequest): Promise<ImportReport>;
  cancel(): void;
  dismissReport(): void;
}

/** One import queue for the app's lifetime, over `api`'s library calls. */
export function useImportQueue(api: SourcemarkApi): ImportQueueHandle {
  const [handle] = useState(() => {
    const queue = new ImportQueue({ host: api.library });
    return {
      queue,
      enqueue: (request: ImportRequest) => queue.enqueue(request),
      cancel: () => queue.cancel(),
      dismissReport: () => queue.dismissReport(),
    };
  });
  const state = useSyncExternalStore(handle.queue.subscribe, handle.queue.getState);
  return {
    state,
    enqueue: handle.enqueue,
    cancel: handle.cancel,
    dismissReport: handle.dismissReport,
  };
}
