/**
 * What the app stores beside articles and annotations in the same transaction (the
 * library's rows, each article's annotation totals, count and span buckets, each author's
 * total),
 * for benchmarks that seed IndexedDB directly: made by the app's own pure functions, so a
 * seeded library is what the app's writes would have stored. The author totals are of the
 * annotations given: a seeding that writes the library in parts adds each part's to the
 * stored ones (`authorTotalsAdded`), or puts the whole library's once.
 */
import type { Annotation } from '../../renderer/src/annotation/types';
import type { ArticleRecord, ArticleRowRecord } from '../../renderer/src/db/records';
import { articleRowOf } from '../../renderer/src/library/article-row';
import { articleCountsOfTallies, type ArticleCount } from '../../renderer/src/stats/article-counts';
import { countsOf, type ArticleTally } from '../../renderer/src/stats/article-tally';
import { authorTotalsOf, type AuthorTotal } from '../../renderer/src/stats/author-totals';
import { bucketsOfSpans, type SpanBucket } from '../../renderer/src/stats/span-buckets';

export interface DerivedRows {
  articleRows: ArticleRowRecord[];
  articleTallies: ArticleTally[];
  spanBuckets: SpanBucket[];
  authorTotals: AuthorTotal[];
  /** Each article's count, keyed `[articleId, total]`: one row per tally. */
  articleCounts: ArticleCount[];
}

/** The rows of `articles` and the totals of `annotations` (all of those articles' own). */
export function derivedRows(
  articles: readonly ArticleRecord[],
  annotations: readonly Annotation[],
): DerivedRows {
  const counts = [...countsOf(annotations)];
  const articleTallies = counts.map(([, count]) => count.settled());
  return {
    articleRows: articles.map(articleRowOf),
    articleTallies,
    spanBuckets: counts.flatMap(([articleId, count]) => bucketsOfSpans(articleId, count.spans)),
    authorTotals: authorTotalsOf(annotations),
    articleCounts: articleCountsOfTallies(articleTallies),
  };
}
