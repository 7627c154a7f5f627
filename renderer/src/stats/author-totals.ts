/**
 * Each author's number of annotations in the whole library (rows and packs, orphans and
 * document profiles included): the Export dialog's count of an analyst's whole set, stored
 * beside the articles' tallies and kept in step with them by the same middleware
 * (`db/annotation-totals.ts`). Summing the 10,000 tallies' `byAuthor` at the dialog's
 * opening took a walk of 10,000 keys (one IndexedDB answer, and one task, per key), which
 * was most of its first second at library scale (the export bench); a row per author is one
 * read. Pure: the middleware, the schema upgrade and the tests share these functions.
 */
import type { Annotation } from '../annotation/types';
import type { ArticleTally } from './article-tally';

/** The table of stored author totals. */
export const AUTHOR_TOTALS_TABLE = 'authorTotals';

/** One author's annotations in the library; an author without any has no row. */
export interface AuthorTotal {
  author: string;
  total: number;
}

/**
 * The key an annotation is counted under: its author as a string, as a tally's `byAuthor`
 * keys it. A row from an old backup or a file may lack one, and `undefined` is no
 * IndexedDB key: the write it came with would fail.
 */
export const authorKeyOf = (annotation: Annotation): string => String(annotation.author);

/** How each author's total moves with `changes` (authors whose total does not move absent). */
export function authorDeltasOf(
  changes: readonly { annotation: Annotation; sign: 1 | -1 }[],
): Map<string, number> {
  const deltas = new Map<string, number>();
  for (const { annotation, sign } of changes) {
    const author = authorKeyOf(annotation);
    deltas.set(author, (deltas.get(author) ?? 0) + sign);
  }
  for (const [author, delta] of deltas) if (delta === 0) deltas.delete(author);
  return deltas;
}

/**
 * `stored` (each author's row or `undefined`, in the order of `deltas`) moved by `deltas`:
 * the rows to put and the authors left without annotations, whose rows go.
 */
export function movedTotals(
  deltas: ReadonlyMap<string, number>,
  stored: readonly (AuthorTotal | undefined)[],
): { put: AuthorTotal[]; emptied: string[] } {
  const put: AuthorTotal[] = [];
  const emptied: string[] = [];
  [...deltas].forEach(([author, delta], index) => {
    const total = (stored[index]?.total ?? 0) + delta;
    if (total === 0) emptied.push(author);
    else put.push({ author, total });
  });
  return { put, emptied };
}

/** Each author's total in `annotations` (a recount). */
export function authorTotalsOf(annotations: Iterable<Annotation>): AuthorTotal[] {
  const totals = new Map<string, number>();
  for (const annotation of annotations) {
    const author = authorKeyOf(annotation);
    totals.set(author, (totals.get(author) ?? 0) + 1);
  }
  return [...totals].map(([author, total]) => ({ author, total }));
}

/** Each author's total summed over the articles' `tallies` (`byAuthor`, every item). */
export function authorTotalsOfTallies(tallies: Iterable<ArticleTally>): AuthorTotal[] {
  const totals = new Map<string, number>();
  for (const tally of tallies)
    for (const [author, items] of Object.entries(tally.byAuthor)) {
      let sum = totals.get(author) ?? 0;
      for (const count of Object.values(items)) sum += count;
      totals.set(author, sum);
    }
  return [...totals].map(([author, total]) => ({ author, total }));
}
