/**
 * Reads what the statistics view counts: every article's row (`articleRows`: what the
 * library shows, never the whole record or the text), every article's stored annotation
 * totals (`articleTallies`, kept in step with every annotation write, rows and imported
 * packs alike), the statuses and the analysts, in one read transaction so the figures
 * describe one state of the database. Reading every annotation instead took 13 s at
 * 200,000. Read a page at a time, each page in its own task, so the page paints and answers
 * between them.
 */
import type { IndexableType, Table } from 'dexie';
import { ancestry, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { db } from '../db/db';
import type { AnalystRecord, ArticleRowRecord, ArticleStatusRecord } from '../db/records';
import { describeSets, setName } from '../review/review-sets';
import type { ArticleTally } from './article-tally';
import type { StatsArticle, StatsLabels, TotalsInput } from './corpus-stats';

/** The stored state the view tallies. */
export interface StatsSnapshot {
  articles: ArticleRowRecord[];
  tallies: Map<string, ArticleTally>;
  statuses: ArticleStatusRecord[];
  analysts: AnalystRecord[];
  /** Every author with an annotation, gathered from the tallies. */
  authors: Set<string>;
}

/** Article rows per page: a few thousand small rows cost Chromium ~15 ms to rebuild. */
export const STATS_PAGE = 2_500;
/** Tallies per page: small rows since their spans moved to `spanBuckets`. */
const TALLY_PAGE = 2_500;

/** How far the read is: article rows and tallies read, of how many. */
export interface StatsReadProgress {
  read: number;
  total: number;
}

/** Every row of `table` in primary-key order, `size` at a time, each page to `onPage`. */
async function readPages<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  size: number,
  keyOf: (row: Row) => IndexableType,
  onPage: (rows: Row[]) => void,
): Promise<void> {
  let last: IndexableType | undefined;
  for (;;) {
    const page = (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(
      size,
    );
    const rows = await page.toArray();
    if (rows.length === 0) return;
    onPage(rows);
    last = keyOf(rows[rows.length - 1]!);
    if (rows.length < size) return;
  }
}

/** Reads the whole corpus's rows, annotation totals and statuses at one point in time. */
export function readStatsSnapshot(
  onProgress?: (progress: StatsReadProgress) => void,
): Promise<StatsSnapshot> {
  const tables = [db.articleRows, db.articleTallies, db.articleStatuses, db.analysts];
  return db.transaction('r', tables, async () => {
    const snapshot: StatsSnapshot = {
      articles: [],
      tallies: new Map(),
      statuses: [],
      analysts: [],
      authors: new Set(),
    };
    // Asked for with the first pages, not before them: the total only words the progress.
    let read = 0;
    let total: number | null = null;
    const note = (units: number) => {
      read += units;
      if (total !== null) onProgress?.({ read, total });
    };
    const counted = Promise.all([db.articleRows.count(), db.articleTallies.count()]).then(
      ([rowCount, tallyCount]) => {
        total = rowCount + tallyCount;
        onProgress?.({ read, total });
      },
    );
    const small = Promise.all([db.articleStatuses.toArray(), db.analysts.toArray()]).then(
      ([statuses, analysts]) => {
        snapshot.statuses = statuses;
        snapshot.analysts = analysts;
      },
    );
    // Both tables at once: IndexedDB reads the next page of one while the page takes in the
    // other's; one after the other, each page waited for the last to be taken in.
    await Promise.all([
      counted,
      small,
      readPages(
        db.articleRows,
        STATS_PAGE,
        (row) => row.id,
        (rows) => {
          snapshot.articles.push(...rows);
          note(rows.length);
        },
      ),
      readPages(
        db.articleTallies,
        TALLY_PAGE,
        (tally) => tally.articleId,
        (tallies) => {
          for (const tally of tallies) snapshot.tallies.set(tally.articleId, tally);
          note(tallies.length);
        },
      ),
    ]);
    snapshot.authors = authorsOf(snapshot.tallies.values());
    return snapshot;
  });
}

/** Every author with an annotation in `tallies`. */
export function authorsOf(tallies: Iterable<ArticleTally>): Set<string> {
  const authors = new Set<string>();
  for (const tally of tallies)
    for (const author of Object.keys(tally.byAuthor)) authors.add(author);
  return authors;
}

/** The article as the tally needs it: the shown title and outlet, the publication month. */
export function statsArticleOf(article: ArticleRowRecord): StatsArticle {
  const date = article.publishedDate;
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    month: /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : '',
  };
}

/** Labels and categories from the active codebook; an unknown id shows as itself. */
export function statsLabelsOf(codebook: CodebookIndex): StatsLabels {
  return {
    labelOf: (id) => pathLabel(codebook, id) || id,
    categoryOf: (id) => ancestry(codebook, id)[0]?.id ?? id,
  };
}

/** The tally's input for the selected articles (`selected` null: all of them). */
export function statsInputOf(
  snapshot: StatsSnapshot,
  codebook: CodebookIndex,
  self: { id: string; name: string },
  selected: ReadonlySet<string> | null,
): TotalsInput {
  const articles = snapshot.articles.filter((a) => selected === null || selected.has(a.id));
  const authors = new Set(snapshot.authors);
  for (const status of snapshot.statuses) authors.add(status.analyst);
  authors.add(self.id);
  const sets = describeSets(authors, snapshot.analysts, self);
  return {
    articles: articles.map(statsArticleOf),
    tallies: snapshot.tallies,
    labels: statsLabelsOf(codebook),
    statuses: snapshot.statuses,
    analysts: sets.map((set) => set.author),
    analystName: (id) => setName(sets, id),
  };
}
