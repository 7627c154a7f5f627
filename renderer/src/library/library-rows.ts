/**
 * The library table's rows: filtering by text and sorting by column, as pure functions
 * over the article summaries, so the table component only renders.
 */
import type { ArticleRecord, ArticleRowRecord } from '../db/records';
import { articleRowOf } from './article-row';
import { runToEnd, sortInSlices } from './sliced-sort';
import { backgroundTurn } from './turns';

/**
 * One row of the library table: the article's stored row (`ArticleRowRecord`: title,
 * language, outlet, byline and date as shown; `''` when there is none) and its count.
 */
export interface LibraryRow extends ArticleRowRecord {
  /** Null while the library is still counting them (`library-feed.ts`). */
  annotationCount: number | null;
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

/** The library's row for `article`, as its stored row would be (`article-row.ts`). */
export function toLibraryRow(article: ArticleRecord, annotationCount: number | null): LibraryRow {
  return { ...articleRowOf(article), annotationCount };
}

/** The order after clicking `key`'s header: the other direction on the same column. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Case- and accent-insensitive form for matching ("États" matches "etats"). */
function fold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII has nothing to decompose: most paths, dates and English titles skip the two passes.
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** What the text filter reads of a row; the metadata columns are optional for other lists. */
export type FilterableRow = Pick<LibraryRow, 'title' | 'sourcePath' | 'language'> &
  Partial<Pick<LibraryRow, 'outlet' | 'byline' | 'publishedDate'>>;

// Folded text per row object: rows keep their objects until their article changes, so a
// filter applied again after an import's chunk folds the chunk's rows only.
const haystacks = new WeakMap<FilterableRow, string>();
// And by the text itself: the counts arriving give every row a new object, same text.
const foldedTexts = new Map<string, string>();
const FOLDED_TEXTS_KEPT = 50_000;

function haystackOf(row: FilterableRow): string {
  let haystack = haystacks.get(row);
  if (haystack === undefined) {
    const fields = [row.title, row.outlet, row.byline, row.publishedDate, row.sourcePath];
    const text = [...fields, row.language].join('\n');
    haystack = foldedTexts.get(text);
    if (haystack === undefined) {
      if (foldedTexts.size >= FOLDED_TEXTS_KEPT) foldedTexts.clear();
      haystack = fold(text);
      foldedTexts.set(text, haystack);
    }
    haystacks.set(row, haystack);
  }
  return haystack;
}

/** Rows folded per slice of `foldAhead`: ~5 ms on this 2-core machine, well under a frame. */
const FOLD_SLICE = 250;

/**
 * Folds the rows' filter text ahead of the first keystroke, a slice per task, so the first
 * key filters instead of folding 10,000 rows at once (~110 ms). Between slices it waits for
 * `turn`: a background one by default (`turns.ts`), the next task when someone waits for
 * it. Stops when `signal` aborts (the rows changed); answers how many rows it folded.
 */
export async function foldAhead(
  rows: readonly FilterableRow[],
  signal?: AbortSignal,
  turn: () => Promise<void> = backgroundTurn,
): Promise<number> {
  let folded = 0;
  for (let at = 0; at < rows.length && !signal?.aborted; at += FOLD_SLICE) {
    for (const row of rows.slice(at, at + FOLD_SLICE)) {
      if (!haystacks.has(row)) folded += 1;
      haystackOf(row);
    }
    await turn();
  }
  return folded;
}

/** Whether every row's filter text is folded (by `foldAhead` or an earlier filter). */
export function areFolded(rows: readonly FilterableRow[]): boolean {
  return rows.every((row) => haystacks.has(row));
}

/** Whether `query` filters at all (has a word). */
export function hasFilterWords(query: string): boolean {
  return /\S/.test(query);
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

/** The text columns, compared with a collator. */
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
 * The collation of text columns, stated rather than left to the UI's locale: an article's
 * title, outlet and byline sort by the collation of the article's language (a Turkish
 * title puts ı before i and İ with i, as Turkish readers expect), and articles of different
 * languages, or a column of file names and language codes, by the CLDR root collation. With
 * the UI's locale, a Turkish title sorted as English does, or the other way round. Base
 * strength: case and accents never split a value ("Etats" and "États" tie); numbers as
 * numbers ("2" before "10").
 */
const collators = new Map<string, Intl.Collator>();
const ROOT_LANGUAGE = 'und';

function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    let locale = ROOT_LANGUAGE;
    try {
      if (Intl.Collator.supportedLocalesOf([language]).length > 0) locale = language;
    } catch {
      // Not a language tag (an old record's free text): the root collation.
    }
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** The text columns whose values are in the article's language. */
const IN_LANGUAGE = new Set<TextColumn>(['title', 'outlet', 'byline']);

/** The language `column`'s value of `row` is collated in. */
function languageOf(column: TextColumn, row: LibraryRow): string {
  return IN_LANGUAGE.has(column) && row.language !== '' ? row.language : ROOT_LANGUAGE;
}

/** How `column`'s values compare under `collator`: the source column part by part. */
function comparerOf(column: TextColumn, collator: Intl.Collator): (a: string, b: string) => number {
  return column === 'source' ? (a, b) => compareParts(collator, a, b) : collator.compare;
}

/** Two rows' values of a column in its collation (see `collatorFor`). */
function compareValues(
  column: TextColumn,
  a: string,
  aLanguage: string,
  b: string,
  bLanguage: string,
): number {
  const language = aLanguage === bLanguage ? aLanguage : ROOT_LANGUAGE;
  return comparerOf(column, collatorFor(language))(a, b);
}

/** A column's ranks: by the language a value is collated in, then by the value. */
type Ranks = Map<string, Map<string, number>>;

function rankIn(ranks: Ranks, column: TextColumn, row: LibraryRow): number | undefined {
  return ranks.get(languageOf(column, row))?.get(TEXT_OF[column](row));
}

/**
 * Each row's place in a text column's collation order, computed once per column for a
 * list of rows (and kept for the next list while it ranks all its values): a sort then
 * compares integers.
 * `Intl.Collator.compare` on every comparison (and again on title for every tie) made one
 * sort of 10,000 rows 100–360 ms; ranking sorts each column's distinct values once (50
 * outlets, not 10,000 rows), and a sort of a filtered subset reuses the library's ranks.
 */
export class SortKeys {
  private readonly ranks = new Map<TextColumn, Ranks>();

  constructor(private readonly rows: readonly LibraryRow[]) {
    // The last ranks of each column serve while they rank every value here: the counts
    // arriving, or an edit elsewhere, make new rows with the same texts.
    for (const [column, ranks] of lastRanks) {
      if (rows.every((row) => rankIn(ranks, column, row) !== undefined))
        this.ranks.set(column, ranks);
    }
  }

  /**
   * The title order of two rows, for ties: the ranks once the title column is ranked, the
   * collator until then (the same order). A sort by date or count then never ranks 10,000
   * titles (~100 ms) for the few rows that tie.
   */
  compareTitles(a: LibraryRow, b: LibraryRow): number {
    if (this.ranks.has('title')) return this.rank('title', a) - this.rank('title', b);
    return compareValues('title', a.title, languageOf('title', a), b.title, languageOf('title', b));
  }

  /** `row`'s rank in `column` (equal values, by the collator, share one); -1 if unknown. */
  rank(column: TextColumn, row: LibraryRow): number {
    let ranks = this.ranks.get(column);
    if (!ranks) {
      ranks = runToEnd(rankRows(this.rows, column));
      this.keep(column, ranks);
    }
    return rankIn(ranks, column, row) ?? -1;
  }

  private keep(column: TextColumn, ranks: Ranks): void {
    this.ranks.set(column, ranks);
    lastRanks.set(column, ranks);
  }

  /**
   * Ranks `column` ahead of its first sort, a step per background turn (`sliced-sort.ts`,
   * `turns.ts`): 10,000 titles or file names ranked in the click that sorts by them took
   * 110–170 ms.
   */
  async prepare(column: TextColumn, signal?: AbortSignal): Promise<void> {
    if (this.ranks.has(column)) return;
    const steps = rankRows(this.rows, column);
    for (;;) {
      if (signal?.aborted || this.ranks.has(column)) return;
      const step = steps.next();
      if (step.done) {
        this.keep(column, step.value);
        return;
      }
      await backgroundTurn();
    }
  }
}

/** The collator on each part of a value joined with U+0000 (a file name, then its path). */
function compareParts(collator: Intl.Collator, a: string, b: string): number {
  const [aFirst = '', aRest = ''] = a.split('\u0000');
  const [bFirst = '', bRest = ''] = b.split('\u0000');
  return collator.compare(aFirst, bFirst) || collator.compare(aRest, bRest);
}

/** Each column's ranks as last computed (see the constructor of `SortKeys`). */
const lastRanks = new Map<TextColumn, Ranks>();

/** Values merged per step of `rankRows`. */
const MERGE_SLICE = 2_000;

/**
 * The rank of each distinct value of `column` over `rows`, by language: each language's
 * values sorted by its own collation, then the languages merged by the root collation, so
 * every language keeps its own order and the whole is one total order.
 */
function* rankRows(rows: readonly LibraryRow[], column: TextColumn): Generator<void, Ranks, void> {
  const byLanguage = new Map<string, Set<string>>();
  for (const row of rows) {
    const language = languageOf(column, row);
    const values = byLanguage.get(language) ?? new Set<string>();
    values.add(TEXT_OF[column](row));
    byLanguage.set(language, values);
  }
  const groups: { language: string; values: string[] }[] = [];
  for (const [language, values] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const collator = collatorFor(language);
    const sorted = yield* sortInSlices([...values], comparerOf(column, collator));
    groups.push({ language, values: sorted });
  }
  const root = comparerOf(column, collatorFor(ROOT_LANGUAGE));
  const heads = groups.map(() => 0);
  const rankOf: Ranks = new Map(groups.map(({ language }) => [language, new Map()]));
  let previous: { value: string; language: string; rank: number } | undefined;
  for (let index = 0; ; index += 1) {
    let best = -1;
    for (let group = 0; group < groups.length; group += 1) {
      const value = groups[group]!.values[heads[group]!];
      if (value === undefined) continue;
      if (best === -1) best = group;
      else if (root(value, groups[best]!.values[heads[best]!]!) < 0) best = group;
    }
    if (best === -1) return rankOf;
    const { language, values } = groups[best]!;
    const value = values[heads[best]!]!;
    heads[best]! += 1;
    // Values the collation calls equal ("Etats", "États" at base strength) share a rank.
    const rank =
      previous !== undefined &&
      compareValues(column, previous.value, previous.language, value, language) === 0
        ? previous.rank
        : index;
    rankOf.get(language)!.set(value, rank);
    previous = { value, language, rank };
    if (index % MERGE_SLICE === MERGE_SLICE - 1) yield;
  }
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
      return (a.annotationCount ?? 0) - (b.annotationCount ?? 0);
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
  }));
  decorated.sort(
    (a, b) =>
      a.isMissing - b.isMissing ||
      sign * (isText ? a.rank - b.rank : compareBy(order.key, a.row, b.row)) ||
      keys.compareTitles(a.row, b.row) ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
  );
  return decorated.map((entry) => entry.row);
}
