import { indexCodebook, type CodebookIndex } from '../codebook/codebook-lookup';
import { readActiveCodebook } from './codebook-repository';
import { liveQueryFeed, startFeed, useFeed } from './shared-feed';

const KEY = 'active-codebook';
const read = liveQueryFeed(async () => indexCodebook(await readActiveCodebook()));

/**
 * The active codebook, indexed, kept live across edits; `undefined` while loading. One read
 * shared by every view showing it (`shared-feed.ts`).
 */
export function useActiveCodebook(): CodebookIndex | undefined {
  return useFeed(KEY, read);
}

/** Starts reading the active codebook before the screen that shows it mounts. */
export function startReadingActiveCodebook(): void {
  startFeed(KEY, read);
}
