/**
 * Annotations as they will be once the writes under way are stored: the stored list with
 * each pending change set applied. The editor shows a new mark at key press rather than
 * after the database write and the re-read of every annotation (hundreds of milliseconds
 * on a 10,000-annotation article). Pure.
 */
import type { Annotation, ArticleId } from '../annotation/types';
import type { ChangeSet } from '../store/change-set';

/** `stored` with `pending` applied in order, restricted to `articleId`. */
export function withPendingChanges(
  stored: readonly Annotation[],
  pending: readonly ChangeSet[],
  articleId: ArticleId,
): Annotation[] {
  if (pending.length === 0) return stored as Annotation[];
  const byId = new Map(stored.map((row) => [row.id as string, row]));
  for (const change of pending) {
    for (const row of change.annotations) {
      const id = (row.after ?? row.before)!.id;
      if (row.after && row.after.articleId === articleId) byId.set(id, row.after);
      else if (!row.after) byId.delete(id);
    }
  }
  return [...byId.values()];
}

/** Whether `stored` already shows every row of `change` (so it no longer needs applying). */
export function isReflected(
  stored: readonly Annotation[],
  change: ChangeSet,
  articleId: ArticleId,
): boolean {
  const byId = new Map(stored.map((row) => [row.id as string, row]));
  return change.annotations.every((row) => {
    const id = (row.after ?? row.before)!.id;
    if (row.after === null) return !byId.has(id);
    if (row.after.articleId !== articleId) return true;
    return byId.get(id)?.modifiedAt === row.after.modifiedAt;
  });
}
