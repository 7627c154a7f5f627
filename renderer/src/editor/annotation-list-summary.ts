/**
 * The annotation list's summary (`summariseAnnotations`, no filters), kept up to date a
 * change at a time: after a key press the list regroups one row, not 50,000. The
 * derivation remembers its last input and result; given the note of what changed in the
 * list (`store/list-changes.ts`) it patches the counts and the one group the row belongs
 * to, and every other group stays the same object (its rows are not rendered again).
 * A row before its label's or author's first one puts the labels (or authors) in order of
 * their first rows again; whatever else would change an order the summary promises (a
 * label, author or category used for the first time or no more, the first row of a label
 * or author taken out) is derived afresh, as is a list without a note. Rows come in the
 * store's order. Pure.
 */
import type { SpanAnnotation } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { compareArticleRows } from '../store/article-rows';
import { listChangeBetween } from '../store/list-changes';
import { ListEdit } from '../store/list-edit';
import { summariseAnnotations, type Group, type ListSummary } from './annotation-groups';
import { lowerBound } from '../store/lower-bound';

/** Above this many changed rows, deriving afresh is as quick. */
const MAX_PATCHED_ROWS = 64;

const NO_FILTERS = { itemId: '', author: '' };

/** A summary with what patching it needs: each label's and author's first row. */
interface Derived {
  summary: ListSummary;
  firstOfLabel: Map<string, SpanAnnotation>;
  firstOfAuthor: Map<string, SpanAnnotation>;
  groupOfLabel: Map<string, string>;
}

function derive(rows: readonly SpanAnnotation[], codebook: CodebookIndex): Derived {
  const summary = summariseAnnotations(rows, codebook, NO_FILTERS);
  const firstOfLabel = new Map<string, SpanAnnotation>();
  const firstOfAuthor = new Map<string, SpanAnnotation>();
  for (const row of rows) {
    if (!firstOfLabel.has(row.itemId)) firstOfLabel.set(row.itemId, row);
    if (!firstOfAuthor.has(row.author)) firstOfAuthor.set(row.author, row);
  }
  const groupOfLabel = new Map<string, string>();
  for (const group of summary.groups)
    for (const row of group.rows)
      if (!groupOfLabel.has(row.itemId)) groupOfLabel.set(row.itemId, group.rootId);
  return { summary, firstOfLabel, firstOfAuthor, groupOfLabel };
}

/** The place of `row` in `rows` (store order) by binary search; -1 when it is not there. */
function indexOfRow(rows: readonly SpanAnnotation[], row: SpanAnnotation): number {
  const low = placeOf(rows, row);
  return rows[low] === row ? low : -1;
}

function placeOf(rows: readonly SpanAnnotation[], row: SpanAnnotation): number {
  return lowerBound<SpanAnnotation>(rows, row, compareArticleRows);
}

/** `last` patched for the changed rows, or `null` when an order would change. */
function patch(
  last: Derived,
  removed: readonly SpanAnnotation[],
  added: readonly SpanAnnotation[],
): Derived | null {
  const counts = new Map(last.summary.counts);
  const groups = new Map(last.summary.groups.map((group) => [group.rootId, group]));
  const edits = new Map<string, ListEdit<SpanAnnotation>>();
  const rowsOf = (itemId: string): ListEdit<SpanAnnotation> | null => {
    const rootId = last.groupOfLabel.get(itemId);
    const group = rootId === undefined ? undefined : groups.get(rootId);
    if (!group) return null;
    let edit = edits.get(group.rootId);
    if (!edit) edits.set(group.rootId, (edit = new ListEdit(group.rows)));
    return edit;
  };
  const isFirst = (row: SpanAnnotation) =>
    last.firstOfLabel.get(row.itemId) === row || last.firstOfAuthor.get(row.author) === row;
  // A tag before its label's (or author's) first row becomes that first row: the labels
  // (authors) are then put in order of their first rows again, a few dozen, not the rows.
  let firstOfLabel = last.firstOfLabel;
  let firstOfAuthor = last.firstOfAuthor;
  const takeFirsts = (row: SpanAnnotation): boolean => {
    const label = firstOfLabel.get(row.itemId);
    const author = firstOfAuthor.get(row.author);
    // A label or author used for the first time: a new group or filter entry, derived afresh.
    if (!label || !author) return false;
    if (compareArticleRows(row, label) < 0) {
      if (firstOfLabel === last.firstOfLabel) firstOfLabel = new Map(firstOfLabel);
      firstOfLabel.set(row.itemId, row);
    }
    if (compareArticleRows(row, author) < 0) {
      if (firstOfAuthor === last.firstOfAuthor) firstOfAuthor = new Map(firstOfAuthor);
      firstOfAuthor.set(row.author, row);
    }
    return true;
  };
  for (const row of removed) {
    const count = counts.get(row.itemId) ?? 0;
    if (isFirst(row) || count <= 1) return null;
    const rows = rowsOf(row.itemId);
    const at = rows ? indexOfRow(rows.rows, row) : -1;
    if (!rows || at === -1 || rows.rows.length === 1) return null;
    rows.remove(at);
    counts.set(row.itemId, count - 1);
  }
  for (const row of added) {
    if (!takeFirsts(row)) return null;
    const rows = rowsOf(row.itemId);
    if (!rows) return null;
    rows.insert(placeOf(rows.rows, row), row);
    counts.set(row.itemId, (counts.get(row.itemId) ?? 0) + 1);
  }
  const byFirst = (firsts: Map<string, SpanAnnotation>) => (a: string, b: string) =>
    compareArticleRows(firsts.get(a)!, firsts.get(b)!);
  return {
    ...last,
    firstOfLabel,
    firstOfAuthor,
    summary: {
      counts:
        firstOfLabel === last.firstOfLabel
          ? counts
          : new Map([...counts].sort(([a], [b]) => byFirst(firstOfLabel)(a, b))),
      authors:
        firstOfAuthor === last.firstOfAuthor
          ? last.summary.authors
          : [...last.summary.authors].sort(byFirst(firstOfAuthor)),
      groups: last.summary.groups.map((group) => {
        const edit = edits.get(group.rootId);
        return edit?.isChanged ? { ...group, rows: edit.rows as SpanAnnotation[] } : group;
      }),
    },
  };
}

/**
 * A function summarising the list's rows (store order) that remembers its last call: the
 * same rows answer the same summary, a few changed rows patch it.
 */
export function createListSummaryDerivation(): (
  rows: readonly SpanAnnotation[],
  codebook: CodebookIndex,
) => ListSummary {
  let last: { rows: readonly SpanAnnotation[]; codebook: CodebookIndex; derived: Derived } | null =
    null;
  return (rows, codebook) => {
    if (last?.rows === rows && last.codebook === codebook) return last.derived.summary;
    let derived: Derived | null = null;
    if (last && last.codebook === codebook) {
      const noted = listChangeBetween(last.rows, rows);
      if (noted && noted.removed.length + noted.added.length <= MAX_PATCHED_ROWS)
        derived = patch(last.derived, noted.removed, noted.added);
    }
    derived ??= derive(rows, codebook);
    last = { rows, codebook, derived };
    return derived.summary;
  };
}

/** The groups under `filters`: the same groups when nothing is filtered. */
export function filterGroups(
  groups: readonly Group[],
  filters: { itemId: string; author: string },
): readonly Group[] {
  if (filters.itemId === '' && filters.author === '') return groups;
  return groups
    .map((group) => ({
      ...group,
      rows: group.rows.filter(
        (row) =>
          (filters.itemId === '' || row.itemId === filters.itemId) &&
          (filters.author === '' || row.author === filters.author),
      ),
    }))
    .filter((group) => group.rows.length > 0);
}
