/**
 * The library table's rows: filtering by text and sorting by column, as pure functions
 * over the article summaries, so the table component only renders.
 */
import { bylineCredits, shownMetadata, signatureCredits } from '../metadata/shown-metadata';
import type { ArticleSummary } from './article-repository';

/**
 * One row of the library table. `title` and `language` are as shown (the analyst's
 * corrections win), and so are the outlet, byline and date; `''` when there is none.
 */
export interface LibraryRow extends ArticleSummary {
  annotationCount: number;
  outlet: string;
  byline: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the time is known. */
  publishedDate: string;
}

/** The sortable columns. */
export type SortKey =
  'title' | 'outlet' | 'byline' | 'published' | 'source' | 'language' | 'added' | 'annotations';

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
  outlet: 'ascending',
  byline: 'ascending',
  published: 'descending',
  source: 'ascending',
  language: 'ascending',
  added: 'descending',
  annotations: 'descending',
};

/**
 * The library's row for `article`: its metadata as shown. A byline found by ingestion is
 * listed by names only (roles are for the reader's header); a corrected one as written.
 */
export function toLibraryRow(article: ArticleSummary, annotationCount: number): LibraryRow {
  const shown = shownMetadata(article);
  const credits = article.metadata?.bylines ?? [];
  const names = (found: readonly { name: string }[]) => found.map((credit) => credit.name);
  // The byline's and the signature's people in one column, each as corrected if it was.
  const people = [
    ...(shown.byline.isEdited ? [shown.byline.value] : names(bylineCredits(credits))),
    ...(shown.signedBy.isEdited ? [shown.signedBy.value] : names(signatureCredits(credits))),
  ].filter(Boolean);
  return {
    ...article,
    title: shown.title.value,
    language: shown.language.value,
    annotationCount,
    outlet: shown.outlet.value,
    byline: [...new Set(people)].join(', '),
    publishedDate: shown.publishedDate.value,
  };
}

/** The order after clicking `key`'s header: the other direction on the same column. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Case- and accent-insensitive form for matching ("États" matches "etats"). */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** What the text filter reads of a row; the metadata columns are optional for other lists. */
export type FilterableRow = Pick<LibraryRow, 'title' | 'sourcePath' | 'language'> &
  Partial<Pick<LibraryRow, 'outlet' | 'byline' | 'publishedDate'>>;

// Folded text per row object: rows keep their objects until their article changes, so a
// filter applied again after an import's chunk folds the chunk's rows only.
const haystacks = new WeakMap<FilterableRow, string>();

function haystackOf(row: FilterableRow): string {
  let haystack = haystacks.get(row);
  if (haystack === undefined) {
    const fields = [row.title, row.outlet, row.byline, row.publishedDate, row.sourcePath];
    haystack = fold([...fields, row.language].join('\n'));
    haystacks.set(row, haystack);
  }
  return haystack;
}

/** Rows whose title, outlet, byline, date, source path or language contain every word of `query`. */
export function filterRows<Row extends FilterableRow>(rows: readonly Row[], query: string): Row[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = haystackOf(row);
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: LibraryRow, b: LibraryRow): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'outlet':
      return collator.compare(a.outlet, b.outlet);
    case 'byline':
      return collator.compare(a.byline, b.byline);
    case 'published':
      // ISO 8601 strings sort as their dates; a day alone sorts before its timed pieces.
      return a.publishedDate < b.publishedDate ? -1 : a.publishedDate > b.publishedDate ? 1 : 0;
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

const OPTIONAL: Partial<Record<SortKey, (row: LibraryRow) => string>> = {
  outlet: (row) => row.outlet,
  byline: (row) => row.byline,
  published: (row) => row.publishedDate,
};

// Rows without the sorted value go last in either direction: they are what is left to check.
function missingLast(key: SortKey, a: LibraryRow, b: LibraryRow): number {
  const value = OPTIONAL[key];
  if (!value) return 0;
  return Number(value(a) === '') - Number(value(b) === '');
}

/**
 * `rows` sorted by `order`, rows without an outlet, byline or date last when sorting by it;
 * ties fall back to title, then id, so the order is stable.
 */
export function sortRows<Row extends LibraryRow>(rows: readonly Row[], order: SortOrder): Row[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      missingLast(order.key, a, b) ||
      sign * compareBy(order.key, a, b) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
