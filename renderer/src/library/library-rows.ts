/**
 * The library table's rows: filtering by text and sorting by column, as pure functions
 * over the article summaries, so the table component only renders.
 */
import type { ArticleSummary } from './article-repository';

/** One row of the library table. */
export interface LibraryRow extends ArticleSummary {
  annotationCount: number;
}

/** The sortable columns. */
export type SortKey = 'title' | 'source' | 'language' | 'added' | 'annotations';

export type SortDirection = 'ascending' | 'descending';

/** A column and a direction (the names match `aria-sort`). */
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** The library's order when it opens: newest first. */
export const DEFAULT_SORT: SortOrder = { key: 'added', direction: 'descending' };

// Dates and counts are most useful largest first (as file managers do); text A to Z.
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  title: 'ascending',
  source: 'ascending',
  language: 'ascending',
  added: 'descending',
  annotations: 'descending',
};

/** The order after clicking `key`'s header: the other direction on the same column. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Case- and accent-insensitive form for matching ("États" matches "etats"). */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Rows whose title, source path or language contain every word of `query`. */
export function filterRows<Row extends LibraryRow>(rows: readonly Row[], query: string): Row[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = fold(`${row.title}\n${row.sourcePath}\n${row.language}`);
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: LibraryRow, b: LibraryRow): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'source':
      return (
        collator.compare(a.sourceName, b.sourceName) || collator.compare(a.sourcePath, b.sourcePath)
      );
    case 'language':
      return collator.compare(a.language, b.language);
    case 'added':
      // ISO 8601 strings in UTC sort as their dates.
      return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0;
    case 'annotations':
      return a.annotationCount - b.annotationCount;
  }
}

/** `rows` sorted by `order`; ties fall back to title, then id, so the order is stable. */
export function sortRows<Row extends LibraryRow>(rows: readonly Row[], order: SortOrder): Row[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareBy(order.key, a, b) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
