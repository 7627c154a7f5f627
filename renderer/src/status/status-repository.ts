/**
 * Reading document statuses (`articleStatuses`); writing goes through the undo history
 * with `statusChange` (`article-status.ts`), so every status change can be undone.
 */
import { db } from '../db/db';
import type { ArticleId, ArticleStatus, ArticleStatusRecord } from '../db/records';
import { statusOf } from './article-status';

/** `analyst`'s stored status row of `articleId`, if any (none means "new"). */
export function readStatusRow(
  articleId: ArticleId,
  analyst: string,
): Promise<ArticleStatusRecord | undefined> {
  return db.articleStatuses.get([articleId, analyst]);
}

/** `analyst`'s statuses by article, from the `analyst` index; an article absent is "new". */
export async function statusesOfAnalyst(analyst: string): Promise<Map<ArticleId, ArticleStatus>> {
  const rows = await db.articleStatuses.where('analyst').equals(analyst).toArray();
  return new Map(rows.map((row) => [row.articleId, statusOf(row)]));
}

/**
 * The ids of the articles `analyst` marked `status`, in one read transaction. "New" is every
 * article without another status, so it reads the articles' keys (not their rows).
 */
export function articlesWithStatus(analyst: string, status: ArticleStatus): Promise<ArticleId[]> {
  return db.transaction('r', db.articles, db.articleStatuses, async () => {
    const statuses = await statusesOfAnalyst(analyst);
    if (status !== 'new')
      return [...statuses].flatMap(([id, stored]) => (stored === status ? [id] : []));
    const ids = (await db.articles.toCollection().primaryKeys()) as ArticleId[];
    return ids.filter((id) => (statuses.get(id) ?? 'new') === 'new');
  });
}
