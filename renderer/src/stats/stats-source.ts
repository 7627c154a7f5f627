/**
 * Reads what the statistics view counts: every article (metadata only, never texts), every
 * annotation of every author (rows and imported packs), the statuses and the analysts, in one
 * read transaction so the figures describe one state of the database. Read a page at a time:
 * one `toArray` of 200,000 annotations held the page ~1 s while Chromium rebuilt the rows;
 * each page arrives in its own task, so the page paints and answers between them.
 */
import type { IndexableType, Table } from 'dexie';
import type { Annotation } from '../annotation/types';
import { ancestry, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { db } from '../db/db';
import type { AnalystRecord, ArticleRecord, ArticleStatusRecord } from '../db/records';
import { shownMetadata } from '../metadata/shown-metadata';
import { describeSets, setName } from '../review/review-sets';
import type { StatsArticle, StatsInput, StatsLabels } from './corpus-stats';
import { packedAnnotations } from '../store/annotation-storage';

/** The stored state the view tallies. */
export interface StatsSnapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
  statuses: ArticleStatusRecord[];
  analysts: AnalystRecord[];
  /** Every author of `annotations`, gathered while reading them. */
  authors: Set<string>;
}

/** Rows per page: ~2,500 annotations cost Chromium ~15 ms to rebuild on this machine. */
export const STATS_PAGE = 2_500;
/** Packs per page: a pack holds one article's imported annotations of one author. */
const PACK_PAGE = 50;

/** How far the read is: annotation rows and packs read, of how many. */
export interface StatsReadProgress {
  read: number;
  total: number;
}

/** Every row of `table` in primary-key order (`keyOf`), `size` at a time, each page to `onPage`. */
async function readPages<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  size: number,
  keyOf: (row: Row) => IndexableType,
  onPage: (rows: Row[]) => void,
  signal?: AbortSignal,
): Promise<void> {
  let last: IndexableType | undefined;
  for (;;) {
    signal?.throwIfAborted();
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

/** Reads the whole corpus's metadata, annotations and statuses at one point in time. */
export function readStatsSnapshot(
  onProgress?: (progress: StatsReadProgress) => void,
  signal?: AbortSignal,
): Promise<StatsSnapshot> {
  const tables = [db.articles, db.annotations, db.annotationPacks, db.articleStatuses, db.analysts];
  return db.transaction('r', tables, async () => {
    const [rowCount, packCount, statuses, analysts] = await Promise.all([
      db.annotations.count(),
      db.annotationPacks.count(),
      db.articleStatuses.toArray(),
      db.analysts.toArray(),
    ]);
    const total = rowCount + packCount;
    const snapshot: StatsSnapshot = {
      articles: [],
      annotations: [],
      statuses,
      analysts,
      authors: new Set(),
    };
    let read = 0;
    const take = (annotations: readonly Annotation[], units: number) => {
      for (const annotation of annotations) {
        snapshot.annotations.push(annotation);
        snapshot.authors.add(annotation.author);
      }
      read += units;
      onProgress?.({ read, total });
    };
    onProgress?.({ read, total });
    await readPages(
      db.articles,
      STATS_PAGE,
      (row) => row.id,
      (rows) => snapshot.articles.push(...rows),
      signal,
    );
    await readPages(
      db.annotations,
      STATS_PAGE,
      (row) => row.id,
      (rows) => take(rows, rows.length),
      signal,
    );
    await readPages(
      db.annotationPacks,
      PACK_PAGE,
      (pack) => [pack.articleId, pack.author],
      (packs) => take(packs.flatMap(packedAnnotations), packs.length),
      signal,
    );
    return snapshot;
  });
}

/** The article as the tally needs it: the shown outlet and the publication month. */
export function statsArticleOf(article: ArticleRecord): StatsArticle {
  const shown = shownMetadata(article);
  const date = shown.publishedDate.value;
  return {
    id: article.id,
    title: shown.title.value || article.title,
    outlet: shown.outlet.value,
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
): StatsInput {
  const articles = snapshot.articles.filter((a) => selected === null || selected.has(a.id));
  const authors = new Set(snapshot.authors);
  for (const status of snapshot.statuses) authors.add(status.analyst);
  authors.add(self.id);
  const sets = describeSets(authors, snapshot.analysts, self);
  return {
    articles: articles.map(statsArticleOf),
    annotations: snapshot.annotations,
    labels: statsLabelsOf(codebook),
    statuses: snapshot.statuses,
    analysts: sets.map((set) => set.author),
    analystName: (id) => setName(sets, id),
  };
}
