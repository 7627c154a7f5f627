/**
 * Every article's annotation count (rows and packs, every author), read once from the
 * stored counts' keys (`readAnnotationCounts`, one `getAllKeys`) and shared until a write
 * moves a count. (They were walked by a cursor over the tallies' `[articleId+total]`
 * index, 10,000 steps at 10,000 articles, 1.5-2.6 s in a traced start-up.)
 */
import { keptUntilWritten } from '../db/kept-until-written';
import { ARTICLE_COUNTS_TABLE } from '../stats/article-counts';
import type { ArticleId } from '../db/records';
import { readAnnotationCounts } from './article-repository';

const shared = keptUntilWritten<Map<ArticleId, number>>([ARTICLE_COUNTS_TABLE]);

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
