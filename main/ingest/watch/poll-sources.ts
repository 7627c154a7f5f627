/**
 * Checks a source watcher on an interval, for a shell that can push events (the desktop
 * app). Checks never overlap: the next one is scheduled when the last has answered.
 */
import type { SourceChanges } from '../../../preload/api';
import { isEmptyChanges, type SourceWatcher } from './source-watcher';

/** Default pause between two checks. */
export const SOURCE_POLL_INTERVAL_MS = 3000;

/**
 * Checks `watcher` every `intervalMs` and passes non-empty changes to `onChanges`; checks
 * again at once when a report said more were waiting. Answers the function that stops it.
 */
export function pollSources(
  watcher: SourceWatcher,
  onChanges: (changes: SourceChanges) => void,
  intervalMs = SOURCE_POLL_INTERVAL_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;
  const schedule = (ms: number) => {
    if (isStopped) return;
    timer = setTimeout(tick, ms);
    // A pending check must never keep the process alive on quit.
    timer.unref?.();
  };
  const tick = () => {
    watcher.check().then(
      (changes) => {
        if (isStopped) return;
        if (!isEmptyChanges(changes)) onChanges(changes);
        schedule(changes.hasMore ? 0 : intervalMs);
      },
      (error: unknown) => {
        console.error('[sourcemark] checking source files failed', error);
        schedule(intervalMs);
      },
    );
  };
  schedule(intervalMs);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
