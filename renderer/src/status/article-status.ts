/**
 * Document status: where one analyst stands on one article (new, in progress, done). A
 * status is a row of `articleStatuses`; no row means "new", so a library of 10,000 fresh
 * articles stores nothing. Pure: the names the UI shows and the change set that sets one.
 */
import type { ArticleId, ArticleStatus, ArticleStatusRecord } from '../db/records';
import type { ChangeSet } from '../store/change-set';

/** The statuses in the order work goes through them. */
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['new', 'in-progress', 'done'];

/** How each status is written in the UI. */
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  new: 'New',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Whether `value` names a status (a select's value, a stored row of a later version). */
export function isArticleStatus(value: unknown): value is ArticleStatus {
  return ARTICLE_STATUSES.includes(value as ArticleStatus);
}

/** The status a stored row says; "new" without one. */
export function statusOf(record: ArticleStatusRecord | undefined): ArticleStatus {
  return record && isArticleStatus(record.status) ? record.status : 'new';
}

/** The status after `status` in the cycle new → in progress → done → new (the status key). */
export function nextStatus(status: ArticleStatus): ArticleStatus {
  return ARTICLE_STATUSES[(ARTICLE_STATUSES.indexOf(status) + 1) % ARTICLE_STATUSES.length]!;
}

/**
 * The undoable change that sets `analyst`'s status of `articleId` to `status`, from the row
 * as stored (`stored`, absent for "new"). Back to "new" removes the row rather than storing
 * the default. Answers a change of no rows when the status is already `status`.
 */
export function statusChange(
  articleId: ArticleId,
  analyst: string,
  stored: ArticleStatusRecord | undefined,
  status: ArticleStatus,
  title: string,
  now = new Date(),
): ChangeSet {
  const label = `Mark “${title}” ${STATUS_LABELS[status].toLowerCase()}`;
  if (statusOf(stored) === status) return { label, annotations: [], entities: [] };
  const after: ArticleStatusRecord | null =
    status === 'new' ? null : { articleId, analyst, status, updatedAt: now.toISOString() };
  return {
    label,
    annotations: [],
    entities: [],
    rows: [
      {
        table: 'articleStatuses',
        before: (stored ?? null) as Record<string, unknown> | null,
        after: after as Record<string, unknown> | null,
      },
    ],
  };
}
