/**
 * Every article's annotation count (rows and packs, every author), read once from the
 * stored totals' `[articleId+total]` index (`readAnnotationCounts`) and shared until a
 * write touches the totals. The index's keys are walked by a cursor, 10,000 steps at
 * 10,000 articles (0.4-1.3 s under load, 1.5-2.6 s in a traced start-up): the Export
 * dialog no longer waits for it (its whole-set count is one `authorTotals` row).
 */
import { keptUntilWritten } from '../db/kept-until-written';
import type { ArticleId } from '../db/records';
import { readAnnotationCounts } from './article-repository';

const shared = keptUntilWritten<Map<ArticleId, number>>(['articleTallies']);

/**
 * Drops the shared counts: a follower of the writes that reads the counts again in its own
 * handler (the library feed) calls this first, since Dexie calls a write's handlers newest
 * first and this module's may come after the feed's.
 */
export function forgetAnnotationCounts(): void {
  shared.forget();
}

/**
 * Every article's annotation count, an article without any absent: the counts read for
 * another caller when no total was written since (a read in flight included), else read.
 * The map is shared: callers never change it.
 */
export function annotationCounts(): Promise<ReadonlyMap<ArticleId, number>> {
  return shared.get('counts', readAnnotationCounts);
}
