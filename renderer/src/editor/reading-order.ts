/**
 * The analyst's span annotations in reading order (`compareReadingOrder`), worked out when
 * asked (a step to the next annotation, the occurrences dialog), not at every key press:
 * kept up to date at each addition, it was a copy of the whole list per key press on a
 * 50,000-annotation article. The derivation remembers the list it last ordered; asked
 * again after a few changes (the notes of `store/list-changes.ts` say which), it puts
 * those rows in place by binary search, one copy, rather than sorting everything. Pure.
 */
import type { SpanAnnotation } from '../annotation/types';
import { listChangeBetween } from '../store/list-changes';
import { ListEdit } from '../store/list-edit';
import { compareReadingOrder, inReadingOrder } from './annotation-navigation';
import { lowerBound } from '../store/lower-bound';

/** Above this many changed rows, sorting afresh is as quick. */
const MAX_PATCHED_ROWS = 256;

/** The first index of `rows` (reading order) not before `row`. */
function placeIn(rows: readonly SpanAnnotation[], row: SpanAnnotation): number {
  return lowerBound(rows, row, compareReadingOrder);
}

const isPlacedSpan = (row: SpanAnnotation) => row.kind === 'span' && row.orphanedFrom === undefined;

/** `ordered` with `removed` taken out and `added` put in; `null` if a row is not found. */
function patch(
  ordered: readonly SpanAnnotation[],
  removed: readonly SpanAnnotation[],
  added: readonly SpanAnnotation[],
): readonly SpanAnnotation[] | null {
  // A note may name rows this list never held (a document-level one): order afresh then.
  if (![...removed, ...added].every(isPlacedSpan)) return null;
  const edit = new ListEdit(ordered);
  for (const row of removed) {
    const place = placeIn(edit.rows, row);
    const at = edit.rows[place] === row ? place : edit.rows.indexOf(row);
    if (at === -1) return null;
    edit.remove(at);
  }
  for (const row of added) edit.insert(placeIn(edit.rows, row), row);
  return edit.rows;
}

/**
 * A function answering `rows` (any order) in reading order, which remembers its last
 * answer: the same list answers the same array, a list a few notes away is patched.
 */
export function createReadingOrder(): (
  rows: readonly SpanAnnotation[],
) => readonly SpanAnnotation[] {
  let last: { rows: readonly SpanAnnotation[]; ordered: readonly SpanAnnotation[] } | null = null;
  return (rows) => {
    if (last?.rows === rows) return last.ordered;
    const noted = last ? listChangeBetween(last.rows, rows) : null;
    const ordered =
      (last &&
        noted &&
        noted.removed.length + noted.added.length <= MAX_PATCHED_ROWS &&
        patch(last.ordered, noted.removed, noted.added)) ||
      inReadingOrder(rows);
    last = { rows, ordered };
    return ordered;
  };
}
