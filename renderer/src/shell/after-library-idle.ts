/**
 * Background work the app starts once the library's start-up reads are done and the page is
 * idle: started earlier, it would queue ahead of the library's first page (in IndexedDB, or
 * on the main thread).
 */

/** Calls `run` when the page is next idle; answers a function that cancels the call. */
export type WhenIdle = (run: () => void) => () => void;

const whenPageIdle: WhenIdle = (run) => {
  const handle = requestIdleCallback(run);
  return () => cancelIdleCallback(handle);
};

/**
 * Calls `run` once `libraryRead` settles and then the page is idle (`whenIdle`); answers a
 * function that cancels it if it has not started.
 */
export function afterLibraryIdle(
  libraryRead: Promise<void>,
  run: () => void,
  whenIdle: WhenIdle = whenPageIdle,
): () => void {
  let isCancelled = false;
  let cancelIdle: (() => void) | undefined;
  void libraryRead.then(() => {
    if (isCancelled) return;
    cancelIdle = whenIdle(() => {
      if (!isCancelled) run();
    });
  });
  return () => {
    isCancelled = true;
    cancelIdle?.();
  };
}
