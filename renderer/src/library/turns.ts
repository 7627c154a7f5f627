/**
 * Turns between the slices of work spread over several tasks. Work someone waits for (a
 * filter typed before the rows were folded) takes the next task. Work done ahead, that no
 * one waits for yet (folding and ranking the library's 10,000 rows as it appears), takes
 * a background turn: after the input, IndexedDB answers and renders queued meanwhile. In
 * plain tasks it ran in long stretches right after the library appeared, and the Export
 * dialog opened then waited behind them for its counts (seconds in the export bench).
 */

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<void>;

/** The next task. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A task at background priority (`scheduler.postTask`, which Chromium has): it runs once
 * nothing more urgent is queued. Where there is no scheduler (Node, jsdom), the next task.
 */
export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return nextTurn();
  return scheduler.postTask(() => undefined, { priority: 'background' });
}
