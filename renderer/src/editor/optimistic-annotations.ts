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
import { listChangeBetween, noteListChange } from '../store/list-changes';
import { ListEdit } from '../store/list-edit';

/** Where row `id`, in the version `version` (same id and start), sits in `rows`, or -1. */
function indexOfVersion(rows: readonly Annotation[], id: string, version: Annotation): number {
  const at = placeOf(rows, version);
  return rows[at]?.id === id ? at : -1;
}

/** The index of row `id` in `shown`, looked for first where `hint` (its version) sorts. */
function indexOfRow(shown: readonly Annotation[], id: string, hint: Annotation): number {
  const at = indexOfVersion(shown, id, hint);
  if (at !== -1) return at;
  // Not where that version sorts: some other version is shown (never expected).
  return shown.findIndex((row) => row.id === id);
}

/** Applies `row` to `shown`; records the rows it took out and put in. */
function applyRow(
  shown: ListEdit<Annotation>,
  row: RowChange<Annotation>,
  articleId: ArticleId,
  taken: { removed: Annotation[]; added: Annotation[] },
): void {
  const id = (row.after ?? row.before)!.id;
  // A new row is where it will sort if it is shown at all (a redo makes a row with a known
  // id): no search through every row for the row nobody has seen yet.
  const at =
    row.before === null
      ? indexOfVersion(shown.rows, id, row.after!)
      : indexOfRow(shown.rows, id, row.before);
  if (at !== -1) taken.removed.push(shown.remove(at));
  if (row.after !== null && row.after.articleId === articleId) {
    shown.insert(placeOf(shown.rows, row.after), row.after);
    taken.added.push(row.after);
  }
}

/**
 * `stored` (in the store's order) with `pending` applied in order, restricted to
 * `articleId`; answers `stored` itself when nothing is pending. The new list carries a note
 * of the rows it changed (`store/list-changes.ts`).
 */
export function withPendingChanges(
  stored: readonly Annotation[],
  pending: readonly ChangeSet[],
  articleId: ArticleId,
): readonly Annotation[] {
  if (pending.length === 0) return stored;
  const shown = new ListEdit(stored);
  const taken = { removed: [] as Annotation[], added: [] as Annotation[] };
  for (const change of pending)
    for (const row of change.annotations) applyRow(shown, row, articleId, taken);
  // A new list even when nothing applied here: the view's list for these pending changes.
  const next = shown.isChanged ? shown.rows : stored.slice();
  noteListChange(stored, next, taken.removed, taken.added);
  return next;
}

/**
 * Whether `stored` already shows every row of `change` (so it no longer needs applying).
 * Each row is looked for where its version sorts, by binary search: a version sorts by its
 * start, creation time and id, and only the start can change. A deletion of a row that
 * another window moved meanwhile is taken as shown (the deletion's own write then fails its
 * check and is dropped from the view).
 */
export function isReflected(
  stored: readonly Annotation[],
  change: ChangeSet,
  articleId: ArticleId,
): boolean {
  return change.annotations.every((row) => {
    if (row.after === null) return indexOfVersion(stored, row.before!.id, row.before!) === -1;
    if (row.after.articleId !== articleId) return true;
    const at = indexOfVersion(stored, row.after.id, row.after);
    return at !== -1 && stored[at]!.modifiedAt === row.after.modifiedAt;
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
  // The store's feed notes what each delivery changed: then those rows are all to look at.
  const noted = listChangeBetween(previous, next);
  if (noted) return [...noted.removed, ...noted.added].every((row) => ids.has(row.id));
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
