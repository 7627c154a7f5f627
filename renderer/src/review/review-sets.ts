/**
 * The annotation sets present on an article, named for the review and agreement screens:
 * one set per author, with the analyst's own set first, then gold, then colleagues. Pure.
 */
import type { AnalystRecord } from '../db/records';

/** One author's set. */
export interface AnnotationSet {
  readonly author: string;
  readonly name: string;
  readonly role: AnalystRecord['role'];
}

const ROLE_ORDER: Record<AnalystRecord['role'], number> = { self: 0, gold: 1, colleague: 2 };

/**
 * The sets of `authors` (ids in any order, repeats allowed). Names come from `analysts`;
 * the analyst's own set is "Me" (or "Me (name)"), and an author without a row is a colleague
 * shown by the first 8 characters of the id. Sorted: self, gold, colleagues by name.
 */
export function describeSets(
  authors: Iterable<string>,
  analysts: readonly AnalystRecord[],
  self: { id: string; name: string },
): AnnotationSet[] {
  const rows = new Map(analysts.map((analyst) => [analyst.id as string, analyst]));
  const sets = [...new Set(authors)].map((author): AnnotationSet => {
    if (author === self.id) {
      return { author, name: self.name ? `Me (${self.name})` : 'Me', role: 'self' };
    }
    const row = rows.get(author);
    const role = row?.role === 'self' ? 'colleague' : (row?.role ?? 'colleague');
    return { author, name: row?.name || `Analyst ${author.slice(0, 8)}`, role };
  });
  return sets.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.name.localeCompare(b.name) ||
      a.author.localeCompare(b.author),
  );
}

/** The name of `author` among `sets`, or a short id when absent. */
export function setName(sets: readonly AnnotationSet[], author: string): string {
  return sets.find((set) => set.author === author)?.name ?? `Analyst ${author.slice(0, 8)}`;
}
