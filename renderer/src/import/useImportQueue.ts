import { useState, useSyncExternalStore } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import { ImportQueue, type ImportQueueState } from './import-queue';
import type { ImportReport } from './import-report';
import type { ImportRequest } from './import-session';

/**
 * The app's import queue and its actions, stable for the app's lifetime. Holds no state:
 * a progress tick must re-render the progress bar, not the component that owns the queue
 * (the shell, and with it the library). Read the state with `useImportQueueState`.
 */
export interface ImportQueueHandle {
  queue: ImportQueue;
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
  return handle;
}

const whole = (state: ImportQueueState) => state;

/**
 * `select` of the queue's state, re-rendering the caller only when that changes (compared
 * with `Object.is`): `state => state.isRunning` changes twice per import, not per chunk.
 */
export function useImportQueueState<T = ImportQueueState>(
  queue: ImportQueue,
  select: (state: ImportQueueState) => T = whole as (state: ImportQueueState) => T,
): T {
  return useSyncExternalStore(queue.subscribe, () => select(queue.getState()));
}
