/**
 * The statistics' snapshot read in the background, once the library's start-up reads are
 * done and the page is idle: at 10,000 articles the first opening of Statistics waited
 * ~2 s for IndexedDB to read 20,000 rows (article rows and tallies), while re-openings reuse
 * the kept snapshot (`stats-snapshot-store.ts`). An opening while the read runs joins it.
 * Started no earlier: the library's first page, its counts and the Export dialog's first
 * reads would queue behind its pages in IndexedDB.
 */
import { startReadingStats } from './stats-snapshot-store';

/** Calls `run` when the page is next idle; answers a function that cancels the call. */
export type WhenIdle = (run: () => void) => () => void;

const whenPageIdle: WhenIdle = (run) => {
  const handle = requestIdleCallback(run);
  return () => cancelIdleCallback(handle);
};

/**
 * Starts reading the statistics' snapshot once `libraryRead` settles and then the page is
 * idle (`whenIdle`); answers a function that cancels it if it has not started.
 */
export function readStatsWhenIdle(
  libraryRead: Promise<void>,
  whenIdle: WhenIdle = whenPageIdle,
): () => void {
  let isCancelled = false;
  let cancelIdle: (() => void) | undefined;
  void libraryRead.then(() => {
    if (isCancelled) return;
    cancelIdle = whenIdle(() => {
      if (!isCancelled) startReadingStats();
    });
  });
  return () => {
    isCancelled = true;
    cancelIdle?.();
  };
}
