/**
 * Annotations as they will be once the writes under way are stored: the stored list with
 * each pending change set applied. The editor shows a new mark at key press rather than
 * after the database write and the re-read (hundreds of milliseconds on a
 * 10,000-annotation article). Every list here keeps the store's order
 * (`compareArticleRows`), and rows no change touches stay the same objects, so applying a
 * change is a binary search, and the views over the list can compare by reference. Pure.
 */
import type { Annotation, ArticleId } from '../annotation/types';
import { compareArticleRows, placeOf } from '../store/article-rows';
import type { ChangeSet, RowChange } from '../store/change-set';

/** The index of row `id` in `shown`, looked for first where `hint` (its version) sorts. */
function indexOfRow(shown: readonly Annotation[], id: string, hint: Annotation): number {
  const at = placeOf(shown, hint);
  if (shown[at]?.id === id) return at;
  // Not where that version sorts: some other version is shown (never expected).
  return shown.findIndex((row) => row.id === id);
}

function applyRow(shown: Annotation[], row: RowChange<Annotation>, articleId: ArticleId): void {
  const id = (row.after ?? row.before)!.id;
  // A creation's row is found where it will sort (a redo makes a row with a known id).
  const at = indexOfRow(shown, id, (row.before ?? row.after)!);
  if (at !== -1) shown.splice(at, 1);
  if (row.after !== null && row.after.articleId === articleId)
    shown.splice(placeOf(shown, row.after), 0, row.after);
}

/**
 * `stored` (in the store's order) with `pending` applied in order, restricted to
 * `articleId`; answers `stored` itself when nothing is pending.
 */
export function withPendingChanges(
  stored: readonly Annotation[],
  pending: readonly ChangeSet[],
  articleId: ArticleId,
): readonly Annotation[] {
  if (pending.length === 0) return stored;
  const shown = stored.slice();
  for (const change of pending)
    for (const row of change.annotations) applyRow(shown, row, articleId);
  return shown;
}

/** Whether `stored` already shows every row of `change` (so it no longer needs applying). */
export function isReflected(
  stored: readonly Annotation[],
  change: ChangeSet,
  articleId: ArticleId,
): boolean {
  // The change's own rows, looked up in one pass rather than indexing all of `stored`.
  const wanted = new Map<string, Annotation | undefined>();
  for (const row of change.annotations) {
    if (row.after === null || row.after.articleId === articleId)
      wanted.set((row.after ?? row.before)!.id, undefined);
  }
  if (wanted.size === 0) return true;
  for (const row of stored) if (wanted.has(row.id)) wanted.set(row.id, row);
  return change.annotations.every((row) => {
    if (row.after === null) return wanted.get(row.before!.id) === undefined;
    if (row.after.articleId !== articleId) return true;
    return wanted.get(row.after.id)?.modifiedAt === row.after.modifiedAt;
  });
}

/**
 * Whether `next` differs from `previous` (both in the store's order) only in rows whose id
 * is in `ids`. A walk over both lists comparing references: equal rows are skipped unread.
 */
export function differsOnlyAt(
  previous: readonly Annotation[],
  next: readonly Annotation[],
  ids: ReadonlySet<string>,
): boolean {
  let i = 0;
  let j = 0;
  while (i < previous.length || j < next.length) {
    const before = previous[i];
    const after = next[j];
    if (before === after) {
      i++;
      j++;
      continue;
    }
    const order =
      before === undefined ? 1 : after === undefined ? -1 : compareArticleRows(before, after);
    const id = order < 0 ? before!.id : after!.id;
    if (!ids.has(id)) return false;
    if (order <= 0) i++;
    if (order >= 0) j++;
  }
  return true;
}

/** What the editor shows: the stored list, the writes under way, and the two combined. */
export interface OptimisticView {
  stored: readonly Annotation[];
  pending: readonly ChangeSet[];
  shown: readonly Annotation[];
}

/**
 * The view once the store delivers `stored`: changes it shows stop being pending. When it
 * differs from the last delivery only by those changes, what is shown already is what the
 * store now holds, and stays as it is (the same list object): the views over it do not
 * derive everything again for the same annotations.
 */
export function catchUp(
  view: OptimisticView,
  stored: readonly Annotation[],
  articleId: ArticleId,
): OptimisticView {
  const open = view.pending.filter((change) => !isReflected(stored, change, articleId));
  if (open.length < view.pending.length) {
    const settled = new Set<string>();
    for (const change of view.pending) {
      if (open.includes(change)) continue;
      for (const row of change.annotations) settled.add((row.after ?? row.before)!.id);
    }
    if (differsOnlyAt(view.stored, stored, settled))
      return { stored, pending: open, shown: view.shown };
  }
  return { stored, pending: open, shown: withPendingChanges(stored, open, articleId) };
}
