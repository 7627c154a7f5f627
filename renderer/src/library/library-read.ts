/**
 * Whether the library's start-up reads are done: its rows read whole and every article's
 * annotation count beside them (`library-feed.ts`). Reads that are not the starting page's
 * wait for it rather than queue ahead of it in IndexedDB, which answers one request after
 * another: the statistics' snapshot, read in the background (`stats/stats-in-background.ts`).
 */
let markRead: () => void = () => undefined;
const read = new Promise<void>((resolve) => (markRead = resolve));

/** Notes that the library has been read whole, with its counts (the first time counts). */
export function noteLibraryRead(): void {
  markRead();
}

/** Settles once the library has been read whole with its counts; never, if it is not shown. */
export function whenLibraryRead(): Promise<void> {
  return read;
}
