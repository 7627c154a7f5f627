/**
 * Which sets review compares when the analyst has not chosen: on a colleague's imported
 * article the analyst's own set is often empty, and comparing an empty "Me" with everyone
 * lists every colleague tag as "only in compared set", which says nothing about agreement.
 * Pure.
 */

/** The sets to compare: a base and the sets compared with it. */
export interface Comparison {
  readonly base: string;
  readonly compared: readonly string[];
}

/** How many annotations (spans and document-level) each author has, from the rows. */
export function countByAuthor(annotations: Iterable<{ readonly author: string }>) {
  const counts = new Map<string, number>();
  for (const { author } of annotations) counts.set(author, (counts.get(author) ?? 0) + 1);
  return counts;
}

/**
 * The default comparison on an article. Only sets holding annotations take part. The
 * analyst's own set is the base when it holds some (review is usually of one's own work,
 * and accepting goes into it); the base is compared with the largest other set. Without
 * an own annotation, the two largest sets are compared, the larger as base. Ties go to
 * `authors` order (the screen's: self, gold, colleagues by name). When a single colleague's
 * set holds annotations there is nothing else to compare it with: it is compared with the
 * analyst's own (empty) set, so that its tags can be accepted one by one.
 */
export function defaultComparison(
  authors: readonly string[],
  counts: ReadonlyMap<string, number>,
  selfId: string,
): Comparison {
  const countOf = (author: string) => counts.get(author) ?? 0;
  const holding = authors
    .filter((author) => countOf(author) > 0)
    .map((author, index) => ({ author, index }))
    .sort((a, b) => countOf(b.author) - countOf(a.author) || a.index - b.index)
    .map(({ author }) => author);
  const base = countOf(selfId) > 0 || holding.length < 2 ? selfId : holding[0]!;
  const other = holding.find((author) => author !== base);
  return { base, compared: other === undefined ? [] : [other] };
}

/**
 * The sets compared with `base` when the analyst picked a base but no compared sets: the
 * largest other set holding annotations, as `defaultComparison` would.
 */
export function defaultComparedFor(
  base: string,
  authors: readonly string[],
  counts: ReadonlyMap<string, number>,
): string[] {
  const others = authors.filter((author) => author !== base && (counts.get(author) ?? 0) > 0);
  const largest = others.reduce<string | undefined>(
    (best, author) =>
      best === undefined || (counts.get(author) ?? 0) > (counts.get(best) ?? 0) ? author : best,
    undefined,
  );
  return largest === undefined ? [] : [largest];
}
