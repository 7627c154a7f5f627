/**
 * The order of an article's annotations as the store hands them out, and the patch that
 * brings such a list up to date with a few re-read rows without touching the others. A
 * patched list keeps every unchanged row as the same object, so the views over it can tell
 * what changed by reference instead of comparing 10,000 records. Pure.
 */
import type { Annotation } from '../annotation/types';
import { noteListChange } from './list-changes';
import { ListEdit } from './list-edit';
import { lowerBound } from './lower-bound';

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
  return lowerBound(rows, row, compareArticleRows);
}

/**
 * `rows` (sorted, one article's) with each re-read row of `fresh` put in its place: a row
 * that is gone or now belongs to another article (`undefined` or foreign in `fresh`) leaves,
 * a new one is inserted in order, a changed one replaces its old version. `byId` indexes
 * `rows` and is updated in place. Answers `rows` itself when nothing changed; otherwise
 * notes the change beside the new list (`list-changes.ts`).
 */
export function patchArticleRows(
  rows: readonly Annotation[],
  byId: Map<string, Annotation>,
  articleId: Annotation['articleId'],
  fresh: ReadonlyMap<string, Annotation | undefined>,
): readonly Annotation[] {
  const next = new ListEdit(rows);
  const removed: Annotation[] = [];
  const added: Annotation[] = [];
  for (const [id, row] of fresh) {
    const old = byId.get(id);
    const kept = row !== undefined && row.articleId === articleId ? row : undefined;
    if (old === undefined && kept === undefined) continue;
    if (old !== undefined) {
      const place = placeOf(next.rows, old);
      // A list out of order (never expected) must still lose the right row.
      const at = next.rows[place] === old ? place : next.rows.indexOf(old);
      if (at !== -1) removed.push(next.remove(at));
      byId.delete(id);
    }
    if (kept !== undefined) {
      next.insert(placeOf(next.rows, kept), kept);
      byId.set(id, kept);
      added.push(kept);
    }
  }
  if (!next.isChanged) return rows;
  noteListChange(rows, next.rows, removed, added);
  return next.rows;
}

/**
 * `rows` (sorted, one article's) with the rows of `page` (the same article's, any order)
 * put in: a row already held in the same version (`modifiedAt`) stays the same object, any
 * other replaces the row with its id or is inserted in order. One merge of two sorted
 * lists, so a page of thousands of rows costs a pass and not a splice each. `byId` indexes
 * `rows` and is updated in place; the change is noted beside the new list.
 */
export function mergeArticleRows(
  rows: readonly Annotation[],
  byId: Map<string, Annotation>,
  page: readonly Annotation[],
): readonly Annotation[] {
  const replaced = new Set<Annotation>();
  const incoming: Annotation[] = [];
  for (const row of page) {
    const old = byId.get(row.id);
    if (old?.modifiedAt === row.modifiedAt) continue;
    if (old !== undefined) replaced.add(old);
    byId.set(row.id, row);
    incoming.push(row);
  }
  if (incoming.length === 0) return rows;
  incoming.sort(compareArticleRows);
  const next: Annotation[] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length || j < incoming.length) {
    const held = rows[i];
    if (held !== undefined && replaced.has(held)) {
      i++;
      continue;
    }
    const fresh = incoming[j];
    if (fresh === undefined || (held !== undefined && compareArticleRows(held, fresh) <= 0)) {
      next.push(held!);
      i++;
    } else {
      next.push(fresh);
      j++;
    }
  }
  noteListChange(rows, next, [...replaced], incoming);
  return next;
}
