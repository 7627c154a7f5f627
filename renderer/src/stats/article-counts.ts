/**
 * Each article's annotation count as the library shows it, stored as a key alone
 * (`[articleId, total]`, the row nothing else) beside the article's tally and kept in step
 * with it by the same middleware (`db/annotation-totals.ts`). The library read every count
 * at start from the tallies' `[articleId+total]` index, which Dexie walks with a cursor: at
 * 10,000 articles 10,000 IndexedDB answers and tasks (~1.5 s), and every other early read
 * queued behind them. A table whose primary key is the pair is read whole with one
 * `getAllKeys` (Dexie's `primaryKeys()`). An update knows the old total from the tally it
 * reads anyway, so it deletes the old key and puts the new one without a read of its own.
 * Pure: the middleware, the schema upgrade, the seeders and the tests share these functions.
 */
import type { ArticleTally } from './article-tally';

/** The table of stored article counts. */
export const ARTICLE_COUNTS_TABLE = 'articleCounts';

/** One article's count; its primary key is `[articleId, total]`. No row: no annotation. */
export interface ArticleCount {
  articleId: string;
  total: number;
}

/** An article's count as the table's primary key. */
export type ArticleCountKey = [string, number];

/** One article's total before and after a write (`undefined` before: no tally stored). */
export interface TotalMove {
  articleId: string;
  before: number | undefined;
  after: number;
}

/**
 * The writes that move the stored counts by `moves`: the old keys to delete and the rows
 * to put. An article whose total did not move writes nothing; one left at 0 only loses its
 * row, as its tally goes.
 */
export function movedCounts(moves: Iterable<TotalMove>): {
  put: ArticleCount[];
  deleted: ArticleCountKey[];
} {
  const put: ArticleCount[] = [];
  const deleted: ArticleCountKey[] = [];
  for (const { articleId, before, after } of moves) {
    if (before === after) continue;
    if (before !== undefined) deleted.push([articleId, before]);
    if (after !== 0) put.push({ articleId, total: after });
  }
  return { put, deleted };
}

/** The counts of the articles of `tallies` (the upgrade's and seeders' derivation). */
export function articleCountsOfTallies(tallies: Iterable<ArticleTally>): ArticleCount[] {
  return [...tallies].map(({ articleId, total }) => ({ articleId, total }));
}
