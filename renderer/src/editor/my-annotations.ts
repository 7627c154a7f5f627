/**
 * This analyst's annotations on the article, as the workspace shows them, derived from the
 * article's list (all authors, in the store's order). A key press changes one row of
 * 10,000: the derivation remembers its last input and result, finds the rows that changed
 * by a walk over both lists that compares references, and puts those in place by binary
 * search, instead of filtering, sorting and mapping everything again. Pure.
 */
import type { Annotation, AuthorId, SpanAnnotation } from '../annotation/types';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import { compareArticleRows } from '../store/article-rows';
import { compareReadingOrder, inReadingOrder } from './annotation-navigation';
import { FALLBACK_MARK_COLOUR } from './mark-style';
import type { ColouredSpan } from './span-changes';

/** This analyst's annotations on the article. */
export interface MyAnnotations {
  /** Every one, document-level included, in the store's order. */
  mine: Annotation[];
  /** Span annotations drawn in the text, in the store's order. */
  placed: SpanAnnotation[];
  /** The same in reading order. */
  inOrder: SpanAnnotation[];
  /** Span annotations lost by a change of the text: listed, not drawn. */
  orphans: SpanAnnotation[];
  /** What the reader draws of `inOrder`, index for index. */
  marks: ColouredSpan[];
}

/** Above this many changed rows, deriving everything again is as quick. */
const MAX_PATCHED_ROWS = 64;

function drawnSpanOf(annotation: SpanAnnotation, codebook: CodebookIndex): ColouredSpan {
  return {
    id: annotation.id,
    start: annotation.span.start,
    end: annotation.span.end,
    colour: getItem(codebook, annotation.itemId)?.colour ?? FALLBACK_MARK_COLOUR,
  };
}

function derive(
  annotations: readonly Annotation[],
  author: AuthorId,
  codebook: CodebookIndex,
): MyAnnotations {
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
  const inOrder = inReadingOrder(placed);
  const marks = inOrder.map((annotation) => drawnSpanOf(annotation, codebook));
  return { mine, placed, inOrder, orphans, marks };
}

/** The rows of `previous` not in `next` and of `next` not in `previous` (both sorted). */
function changedRows(previous: readonly Annotation[], next: readonly Annotation[]) {
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

/** The first index of `rows` not before `row` in `compare` order. */
function placeIn<Row>(rows: readonly Row[], row: Row, compare: (a: Row, b: Row) => number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(rows[middle]!, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of `row` itself in `rows` (sorted by `compare`), or -1. */
function indexIn<Row>(rows: readonly Row[], row: Row, compare: (a: Row, b: Row) => number): number {
  const at = placeIn(rows, row, compare);
  return rows[at] === row ? at : rows.indexOf(row);
}

/** `previous` patched for the changed rows, or `null` when that is not possible. */
function patch(
  previous: MyAnnotations,
  removed: readonly Annotation[],
  added: readonly Annotation[],
  author: AuthorId,
  codebook: CodebookIndex,
): MyAnnotations | null {
  const next = {
    mine: previous.mine.slice(),
    placed: previous.placed.slice(),
    inOrder: previous.inOrder.slice(),
    orphans: previous.orphans.slice(),
    marks: previous.marks.slice(),
  };
  const listOf = (row: SpanAnnotation) =>
    row.orphanedFrom === undefined ? next.placed : next.orphans;
  for (const row of removed) {
    if (row.author !== author) continue;
    const at = indexIn(next.mine, row, compareArticleRows);
    if (at === -1) return null;
    next.mine.splice(at, 1);
    if (row.kind !== 'span') continue;
    const list = listOf(row);
    const inList = indexIn(list, row, compareArticleRows);
    if (inList === -1) return null;
    list.splice(inList, 1);
    if (row.orphanedFrom !== undefined) continue;
    const inOrder = indexIn(next.inOrder, row, compareReadingOrder);
    if (inOrder === -1) return null;
    next.inOrder.splice(inOrder, 1);
    next.marks.splice(inOrder, 1);
  }
  for (const row of added) {
    if (row.author !== author) continue;
    next.mine.splice(placeIn(next.mine, row, compareArticleRows), 0, row);
    if (row.kind !== 'span') continue;
    const list = listOf(row);
    list.splice(placeIn(list, row, compareArticleRows), 0, row);
    if (row.orphanedFrom !== undefined) continue;
    const at = placeIn(next.inOrder, row, compareReadingOrder);
    next.inOrder.splice(at, 0, row);
    next.marks.splice(at, 0, drawnSpanOf(row, codebook));
  }
  return next;
}

/**
 * A function deriving `MyAnnotations` from the article's list that remembers its last
 * call: the same input answers the same result, and a list that differs in a few rows
 * patches it. Unchanged rows keep their drawn span (the same object), so the marks plugin
 * passes over them by reference.
 */
export function createMyAnnotationsDerivation(): (
  annotations: readonly Annotation[],
  author: AuthorId,
  codebook: CodebookIndex,
) => MyAnnotations {
  let last: {
    annotations: readonly Annotation[];
    author: AuthorId;
    codebook: CodebookIndex;
    result: MyAnnotations;
  } | null = null;
  return (annotations, author, codebook) => {
    if (last?.annotations === annotations && last.author === author && last.codebook === codebook)
      return last.result;
    let result: MyAnnotations | null = null;
    if (last && last.author === author && last.codebook === codebook) {
      const changed = changedRows(last.annotations, annotations);
      if (changed) result = patch(last.result, changed.removed, changed.added, author, codebook);
    }
    result ??= derive(annotations, author, codebook);
    last = { annotations, author, codebook, result };
    return result;
  };
}
