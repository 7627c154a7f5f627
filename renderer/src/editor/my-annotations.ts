/**
 * This analyst's annotations on the article, as the workspace shows them, derived from the
 * article's list (all authors, in the store's order). A key press changes one row of
 * 10,000: the derivation remembers its last input and result, finds the rows that changed
 * (from the note the list's producer left, `store/list-changes.ts`, or else by a walk over
 * both lists that compares references), and puts those in place by binary search, instead
 * of filtering, sorting and mapping everything again. Each patched list carries a note of
 * its own change, for the views over it. The reading order and the marks are not kept
 * here: each would be one more copy of the whole list per key press (`reading-order.ts`
 * orders when asked, `span-layers.ts` draws from `placed`). Pure.
 */
import type { Annotation, AuthorId, SpanAnnotation } from '../annotation/types';
import { compareArticleRows } from '../store/article-rows';
import { listChangeBetween, noteListChange } from '../store/list-changes';
import { ListEdit } from '../store/list-edit';
import { lowerBound } from '../store/lower-bound';

/** This analyst's annotations on the article. */
export interface MyAnnotations {
  /** Every one, document-level included, in the store's order. */
  mine: Annotation[];
  /** Span annotations drawn in the text, in the store's order. */
  placed: SpanAnnotation[];
  /** Span annotations lost by a change of the text: listed, not drawn. */
  orphans: SpanAnnotation[];
}

/** Above this many changed rows, deriving everything again is as quick. */
const MAX_PATCHED_ROWS = 64;

function derive(annotations: readonly Annotation[], author: AuthorId): MyAnnotations {
  const mine: Annotation[] = [];
  const placed: SpanAnnotation[] = [];
  const orphans: SpanAnnotation[] = [];
  for (const annotation of annotations) {
    if (annotation.author !== author) continue;
    mine.push(annotation);
    if (annotation.kind !== 'span') continue;
    // Orphans' offsets refer to an earlier text.
    if (annotation.orphanedFrom === undefined) placed.push(annotation);
    else orphans.push(annotation);
  }
  // One analyst's article of placed spans (the common case): her lists are the article's
  // list itself, not copies of it that every key press would copy again. (Never mutated.)
  const mineList = mine.length === annotations.length ? (annotations as Annotation[]) : mine;
  const placedList = placed.length === mine.length ? (mineList as SpanAnnotation[]) : placed;
  return { mine: mineList, placed: placedList, orphans };
}

const isPlacedSpan = (row: Annotation): row is SpanAnnotation =>
  row.kind === 'span' && row.orphanedFrom === undefined;

/** The rows of `previous` not in `next` and of `next` not in `previous` (both sorted). */
function changedRows(previous: readonly Annotation[], next: readonly Annotation[]) {
  const noted = listChangeBetween(previous, next);
  if (noted) {
    return noted.removed.length + noted.added.length > MAX_PATCHED_ROWS ? null : noted;
  }
  const removed: Annotation[] = [];
  const added: Annotation[] = [];
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
    if (removed.length + added.length > MAX_PATCHED_ROWS) return null;
    const order =
      before === undefined ? 1 : after === undefined ? -1 : compareArticleRows(before, after);
    if (order <= 0) removed.push(before!);
    if (order >= 0) added.push(after!);
    if (order <= 0) i++;
    if (order >= 0) j++;
  }
  return { removed, added };
}

/** The index of `row` itself in `rows` (sorted by `compare`), or -1. */
function indexIn<Row>(rows: readonly Row[], row: Row, compare: (a: Row, b: Row) => number): number {
  const at = lowerBound(rows, row, compare);
  return rows[at] === row ? at : rows.indexOf(row);
}

/** A list being patched, with what was taken out of it and put into it. */
interface Patched<Row> {
  edit: ListEdit<Row>;
  removed: Row[];
  added: Row[];
}

function patching<Row>(rows: readonly Row[]): Patched<Row> {
  return { edit: new ListEdit(rows), removed: [], added: [] };
}

function takeOut<Row>(list: Patched<Row>, at: number): void {
  list.removed.push(list.edit.remove(at));
}

function putIn<Row>(list: Patched<Row>, at: number, row: Row): void {
  list.edit.insert(at, row);
  list.added.push(row);
}

/** The patched list, with its change noted beside it (the same list when unchanged). */
function done<Row>(previous: Row[], list: Patched<Row>): Row[] {
  if (!list.edit.isChanged) return previous;
  const rows = list.edit.rows as Row[];
  noteListChange(previous, rows, list.removed, list.added);
  return rows;
}

/**
 * `previous` (derived from `previousInput`) patched for the rows changed in `input`, or
 * `null` when that is not possible. A list that was the input itself (or `mine` itself)
 * stays so while the change keeps it true, and is then not copied.
 */
function patch(
  previous: MyAnnotations,
  change: { previousInput: readonly Annotation[]; input: readonly Annotation[] },
  removed: readonly Annotation[],
  added: readonly Annotation[],
  author: AuthorId,
): MyAnnotations | null {
  const sharesMine = previous.mine === change.previousInput;
  const sharesPlaced = previous.placed === previous.mine;
  if (sharesMine && added.some((row) => row.author !== author)) return null;
  if (sharesPlaced && added.some((row) => row.author === author && !isPlacedSpan(row))) return null;
  const mine = patching(previous.mine);
  const placed = patching(previous.placed);
  const orphans = patching(previous.orphans);
  const listOf = (row: SpanAnnotation) => (row.orphanedFrom === undefined ? placed : orphans);
  for (const row of removed) {
    if (row.author !== author) continue;
    if (!sharesMine) {
      const at = indexIn(mine.edit.rows, row, compareArticleRows);
      if (at === -1) return null;
      takeOut(mine, at);
    }
    if (row.kind !== 'span') continue;
    const list = listOf(row);
    if (!(sharesPlaced && list === placed)) {
      const inList = indexIn(list.edit.rows, row, compareArticleRows);
      if (inList === -1) return null;
      takeOut(list, inList);
    }
  }
  for (const row of added) {
    if (row.author !== author) continue;
    if (!sharesMine) putIn(mine, lowerBound(mine.edit.rows, row, compareArticleRows), row);
    if (row.kind !== 'span') continue;
    const list = listOf(row);
    if (!(sharesPlaced && list === placed))
      putIn(list, lowerBound(list.edit.rows, row, compareArticleRows), row);
  }
  const nextMine = sharesMine ? (change.input as Annotation[]) : done(previous.mine, mine);
  return {
    mine: nextMine,
    placed: sharesPlaced ? (nextMine as SpanAnnotation[]) : done(previous.placed, placed),
    orphans: done(previous.orphans, orphans),
  };
}

/**
 * A function deriving `MyAnnotations` from the article's list that remembers its last
 * call: the same input answers the same result, and a list that differs in a few rows
 * patches it.
 */
export function createMyAnnotationsDerivation(): (
  annotations: readonly Annotation[],
  author: AuthorId,
) => MyAnnotations {
  let last: {
    annotations: readonly Annotation[];
    author: AuthorId;
    result: MyAnnotations;
  } | null = null;
  return (annotations, author) => {
    if (last?.annotations === annotations && last.author === author) return last.result;
    let result: MyAnnotations | null = null;
    if (last && last.author === author) {
      const changed = changedRows(last.annotations, annotations);
      if (changed)
        result = patch(
          last.result,
          { previousInput: last.annotations, input: annotations },
          changed.removed,
          changed.added,
          author,
        );
    }
    result ??= derive(annotations, author);
    last = { annotations, author, result };
    return result;
  };
}
