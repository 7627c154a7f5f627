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

/** The text columns, compared with the collator. */
type TextColumn = 'title' | 'outlet' | 'byline' | 'source' | 'language';

const TEXT_OF: Record<TextColumn, (row: LibraryRow) => string> = {
  title: (row) => row.title,
  outlet: (row) => row.outlet,
  byline: (row) => row.byline,
  // The file name first, its folder breaking ties.
  source: (row) => `${row.sourceName}\u0000${row.sourcePath}`,
  language: (row) => row.language,
};

/**
 * Each row's place in a text column's collation order, computed once per column for a
 * list of rows and kept while the list is the same object: a sort then compares integers.
 * `Intl.Collator.compare` on every comparison (and again on title for every tie) made one
 * sort of 10,000 rows 100–360 ms; ranking sorts each column's distinct values once (50
 * outlets, not 10,000 rows), and a sort of a filtered subset reuses the library's ranks.
 */
export class SortKeys {
  private readonly ranks = new Map<TextColumn, Map<LibraryRow, number>>();
  /** Each ranked column's distinct values in collation order, handed on by `following`. */
  private readonly sorted = new Map<TextColumn, string[]>();
  private readonly rows: readonly LibraryRow[];
  /** The previous list's sorted values (never the previous keys: no chain is kept alive). */
  private readonly carried: ReadonlyMap<TextColumn, string[]> | undefined;

  constructor(rows: readonly LibraryRow[], previous?: SortKeys) {
    this.rows = rows;
    this.carried = previous?.sorted;
  }

  /**
   * The keys of `rows`, the library's next list, ranking each column from where `previous`
   * left it: only values new to the column are placed with the collator (an import's chunk
   * of 25 rows into 10,000 costs a few hundred comparisons, not a sort of every title).
   */
  static following(previous: SortKeys | undefined, rows: readonly LibraryRow[]): SortKeys {
    return new SortKeys(rows, previous);
  }

  /** `row`'s rank in `column` (equal values, by the collator, share one); -1 if unknown. */
  rank(column: TextColumn, row: LibraryRow): number {
    let ranks = this.ranks.get(column);
    if (!ranks) {
      const text = TEXT_OF[column];
      const values = sortedValues(this.rows.map(text), this.carried?.get(column));
      this.sorted.set(column, values);
      ranks = rankRows(this.rows, text, values);
      this.ranks.set(column, ranks);
    }
    return ranks.get(row) ?? -1;
  }
}

/** The collator on each part of a value joined with U+0000 (a file name, then its path). */
function compareParts(a: string, b: string): number {
  const [aFirst = '', aRest = ''] = a.split('\u0000');
  const [bFirst = '', bRest = ''] = b.split('\u0000');
  return collator.compare(aFirst, bFirst) || collator.compare(aRest, bRest);
}

/**
 * The distinct `texts` in collation order: those already in `before` (sorted) keep their
 * order, the others are sorted and merged in; without `before`, one sort of them all.
 */
function sortedValues(texts: readonly string[], before: readonly string[] | undefined): string[] {
  const present = new Set(texts);
  if (!before) return [...present].sort(compareParts);
  const kept = before.filter((value) => present.has(value));
  const known = new Set(kept);
  const added = [...present].filter((value) => !known.has(value)).sort(compareParts);
  if (added.length === 0) return kept;
  const out: string[] = [];
  let at = 0;
  for (const value of added) {
    // The first kept value after `value`, found by halving: log n comparisons each.
    let low = at;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareParts(kept[middle]!, value) <= 0) low = middle + 1;
      else high = middle;
    }
    for (; at < low; at++) out.push(kept[at]!);
    out.push(value);
  }
  for (; at < kept.length; at++) out.push(kept[at]!);
  return out;
}

function rankRows(
  rows: readonly LibraryRow[],
  text: (row: LibraryRow) => string,
  values: readonly string[],
) {
  const rankOf = new Map<string, number>();
  values.forEach((value, index) => {
    const previous = values[index - 1];
    // Values the collator calls equal ("Etats", "États" at base strength) share a rank.
    const rank =
      previous !== undefined && compareParts(previous, value) === 0 ? rankOf.get(previous)! : index;
    rankOf.set(value, rank);
  });
  return new Map(rows.map((row) => [row, rankOf.get(text(row))!]));
}

const TEXT_COLUMNS = new Set<SortKey>(['title', 'outlet', 'byline', 'source', 'language']);

/** The other columns, compared directly: ISO dates as strings, counts as numbers. */
function compareBy(key: SortKey, a: LibraryRow, b: LibraryRow): number {
  switch (key) {
    case 'published':
      // ISO 8601 strings sort as their dates; a day alone sorts before its timed pieces.
      return a.publishedDate < b.publishedDate ? -1 : a.publishedDate > b.publishedDate ? 1 : 0;
    case 'added':
      // ISO 8601 strings in UTC sort as their dates.
      return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0;
    case 'annotations':
      return a.annotationCount - b.annotationCount;
    default:
      return 0;
  }
}

const OPTIONAL: Partial<Record<SortKey, (row: LibraryRow) => string>> = {
  outlet: (row) => row.outlet,
  byline: (row) => row.byline,
  published: (row) => row.publishedDate,
};

// Rows without the sorted value go last in either direction: they are what is left to check.
/**
 * `rows` sorted by `order`, rows without an outlet, byline or date last when sorting by it;
 * ties fall back to title, then id, so the order is stable. `keys` are the ranks of the
 * list `rows` was filtered from (the library's), so each keystroke's sort reuses them.
 */
export function sortRows<Row extends LibraryRow>(
  rows: readonly Row[],
  order: SortOrder,
  keys: SortKeys = new SortKeys(rows),
): Row[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const isText = TEXT_COLUMNS.has(order.key);
  const missing = OPTIONAL[order.key];
  // Each row's keys looked up once, not at each of the sort's ~140,000 comparisons.
  const decorated = rows.map((row) => ({
    row,
    isMissing: missing && missing(row) === '' ? 1 : 0,
    rank: isText ? keys.rank(order.key as TextColumn, row) : 0,
    title: keys.rank('title', row),
  }));
  decorated.sort(
    (a, b) =>
      a.isMissing - b.isMissing ||
      sign * (isText ? a.rank - b.rank : compareBy(order.key, a.row, b.row)) ||
      a.title - b.title ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
  );
  return decorated.map((entry) => entry.row);
}
