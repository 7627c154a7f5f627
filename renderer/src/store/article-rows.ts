/**
 * The order of an article's annotations as the store hands them out, and the patch that
 * brings such a list up to date with a few re-read rows without touching the others. A
 * patched list keeps every unchanged row as the same object, so the views over it can tell
 * what changed by reference instead of comparing 10,000 records. Pure.
 */
import type { Annotation } from '../annotation/types';

const NO_START = Number.MAX_SAFE_INTEGER;

/**
 * Span annotations by start, then document-level ones; ties by creation time, then id, so
 * the order is total and a row's place can be found by binary search.
 */
export function compareArticleRows(a: Annotation, b: Annotation): number {
  const startA = a.kind === 'span' ? a.span.start : NO_START;
  const startB = b.kind === 'span' ? b.span.start : NO_START;
  if (startA !== startB) return startA - startB;
  // ISO timestamps and ids: code-unit order, which is also the chronological order.
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The first index of `rows` (in `compareArticleRows` order) not before `row`. */
export function placeOf(rows: readonly Annotation[], row: Annotation): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareArticleRows(rows[middle]!, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `rows` (sorted, one article's) with each re-read row of `fresh` put in its place: a row
 * that is gone or now belongs to another article (`undefined` or foreign in `fresh`) leaves,
 * a new one is inserted in order, a changed one replaces its old version. `byId` indexes
 * `rows` and is updated in place. Answers `rows` itself when nothing changed.
 */
export function patchArticleRows(
  rows: readonly Annotation[],
  byId: Map<string, Annotation>,
  articleId: Annotation['articleId'],
  fresh: ReadonlyMap<string, Annotation | undefined>,
): readonly Annotation[] {
  let next: Annotation[] | null = null;
  for (const [id, row] of fresh) {
    const old = byId.get(id);
    const kept = row !== undefined && row.articleId === articleId ? row : undefined;
    if (old === undefined && kept === undefined) continue;
    next ??= rows.slice();
    if (old !== undefined) {
      const at = placeOf(next, old);
      // A list out of order (never expected) must still lose the right row.
      next.splice(next[at] === old ? at : next.indexOf(old), 1);
      byId.delete(id);
    }
    if (kept !== undefined) {
      next.splice(placeOf(next, kept), 0, kept);
      byId.set(id, kept);
    }
  }
  return next ?? rows;
}
