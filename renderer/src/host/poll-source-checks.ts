/**
 * `onDidChangeSources` for browser mode. The loopback bridge answers requests and cannot
 * push events, so the page asks the host to check its watched files on an interval; the
 * desktop app's host polls by itself and sends events instead (`main/electron/source-events.ts`).
 */
import type { Result, SourceChanges, Unsubscribe } from '../../../preload/api';

/** Pause between two checks. */
export const SOURCE_CHECK_INTERVAL_MS = 4000;

function hasNews(changes: SourceChanges): boolean {
  return (
    changes.changed.length + changes.failed.length + changes.missing.length > 0 ||
    changes.restored.length > 0
  );
}

/**
 * Calls `check` every `intervalMs` (never two at once; at once again when the host says
 * more changes wait) and passes every report with news to `listener`, until unsubscribed.
 * A failed check is skipped: the next one finds the same changes.
 */
export function pollSourceChecks(
  check: () => Promise<Result<SourceChanges>>,
  listener: (changes: SourceChanges) => void,
  intervalMs = SOURCE_CHECK_INTERVAL_MS,
): Unsubscribe {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;
  const tick = async () => {
    const answer = await check();
    // Delivered even when just unsubscribed: the host reports each change only once.
    if (answer.ok && hasNews(answer.value)) listener(answer.value);
    if (isStopped) return;
    timer = setTimeout(() => void tick(), answer.ok && answer.value.hasMore ? 0 : intervalMs);
  };
  timer = setTimeout(() => void tick(), intervalMs);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
