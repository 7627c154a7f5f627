/**
 * The article library in IndexedDB: storing ingested articles (with duplicate detection by
 * text hash, and their page dumps counted in the site-chrome index) and the reads the
 * library and reader need. The only module that touches the `articles`, `articleTexts`,
 * `articleOriginals` and `annotations` tables.
 */
import type { EntityTable } from 'dexie';
import type { IngestedArticle } from '../../../preload/api';
import { db } from '../db/db';
import { articleTextRows } from '../db/article-originals';
import type {
  ArticleId,
  ArticleOriginalRecord,
  ArticleRecord,
  ArticleRowRecord,
  ArticleTextRecord,
} from '../db/records';
import { addToSiteIndex, siteIndexTables } from './site-line-index';
import { folderOf, isPageDump, siteLinesOf } from './site-lines';

/** What happened to one ingested article when it was stored. */
export type AddArticleOutcome =
  | { kind: 'added'; id: ArticleId; title: string; sourcePath: string }
  | { kind: 'duplicate'; sourcePath: string; existingTitle: string; existingId: ArticleId };

/** One outcome per article given to `addIngestedArticles`, in the same order. */
export interface AddArticlesReport {
  outcomes: AddArticleOutcome[];
}

/** An article as the library lists it: metadata only, never the text. */
export type ArticleSummary = ArticleRecord;

function newArticleId(): ArticleId {
  return crypto.randomUUID() as ArticleId;
}

function toRecords(
  article: IngestedArticle,
  id: ArticleId,
  addedAt: string,
): [ArticleRecord, ArticleTextRecord, ArticleOriginalRecord] {
  const record: ArticleRecord = {
    id,
    title: article.title,
    sourcePath: article.sourcePath,
    sourceName: article.sourceName,
    format: article.format,
    sizeBytes: article.sizeBytes,
    modifiedAtMs: article.modifiedAtMs,
    encoding: article.encoding,
    language: article.language,
    textSha256: article.textSha256,
    textLength: article.text.length,
    addedAt,
    metadata: article.metadata,
  };
  const { text, original } = articleTextRows(
    {
      articleId: id,
      text: article.text,
      bodyRanges: article.bodyRanges,
      chromeRanges: article.chromeRanges,
    },
    article.original,
    article.pageText,
  );
  return [record, text, original];
}

/**
 * Stores `articles`, skipping any whose text is already in the library or earlier in the
 * same batch (same `textSha256`), and counts the page dumps stored in the site-chrome
 * index. Runs in one read-write transaction: if any write fails, nothing from the batch is
 * stored (nor counted) and the returned promise rejects.
 */
export function addIngestedArticles(articles: IngestedArticle[]): Promise<AddArticlesReport> {
  const tables = [db.articles, db.articleTexts, db.articleOriginals, ...siteIndexTables()];
  return db.transaction('rw', tables, async () => {
    const hashes = [...new Set(articles.map((article) => article.textSha256))];
    const known = new Map<string, { id: ArticleId; title: string }>();
    for (const existing of await db.articles.where('textSha256').anyOf(hashes).toArray()) {
      known.set(existing.textSha256, existing);
    }

    const addedAt = new Date().toISOString();
    const records: ArticleRecord[] = [];
    const texts: ArticleTextRecord[] = [];
    const originals: ArticleOriginalRecord[] = [];
    const outcomes: AddArticleOutcome[] = [];
    for (const article of articles) {
      const existing = known.get(article.textSha256);
      if (existing) {
        outcomes.push({
          kind: 'duplicate',
          sourcePath: article.sourcePath,
          existingTitle: existing.title,
          existingId: existing.id,
        });
        continue;
      }
      const [record, text, original] = toRecords(article, newArticleId(), addedAt);
      known.set(record.textSha256, record);
      records.push(record);
      texts.push(text);
      originals.push(original);
      outcomes.push({
        kind: 'added',
        id: record.id,
        title: record.title,
        sourcePath: record.sourcePath,
      });
    }

    await db.articles.bulkAdd(records);
    await db.articleTexts.bulkAdd(texts);
    await db.articleOriginals.bulkAdd(originals);
    await addToSiteIndex(
      records.flatMap((record, i) =>
        isPageDump(record.format)
          ? [{ folder: folderOf(record.sourcePath), lines: siteLinesOf(texts[i]!.text) }]
          : [],
      ),
    );
    return { outcomes };
  });
}

/** Articles read per page by `listArticleSummaries`: ~50 ms for Chromium to rebuild. */
export const LIST_PAGE = 1_000;

/**
 * Every article's metadata, newest first. Texts are not read. Read a page at a time in one
 * transaction (so the pages are of one state of the library), each in its own task: one
 * read of 10,000 records held the page ~0.5 s. `onPage` hears the articles so far while
 * more pages follow, with the library's size once it is counted (`undefined` before).
 */
export function listArticleSummaries(
  onPage?: (soFar: readonly ArticleSummary[], total: number | undefined) => void,
): Promise<ArticleSummary[]> {
  return newestFirst(db.articles, onPage);
}

/**
 * Every article's library row (`ArticleRowRecord`: what the table shows, not the whole
 * record), newest first, a page at a time as `listArticleSummaries` reads.
 */
export function listArticleRows(
  onPage?: (soFar: readonly ArticleRowRecord[], total: number | undefined) => void,
): Promise<ArticleRowRecord[]> {
  return newestFirst(db.articleRows, onPage);
}

/** Every row of `table` by `addedAt`, newest first, a page at a time in one transaction. */
function newestFirst<Row extends { id: ArticleId; addedAt: string }>(
  table: EntityTable<Row, 'id'>,
  onPage?: (soFar: readonly Row[], total: number | undefined) => void,
): Promise<Row[]> {
  return db.transaction('r', table, async () => {
    const all: Row[] = [];
    // The size is asked after the first page, not before it: Chromium counts entry by entry
    // (~80 ms at 10,000 rows) and IndexedDB answers a transaction's requests in order, so
    // the first page waited behind the count. Only a large library's progress line uses it.
    let counting: Promise<number> | undefined;
    let total: number | undefined;
    // Each page starts at the last page's oldest date, skipping the rows of that date already
    // read (an import's chunk shares one): a range, so one `getAll`. Dexie's `offset` skipped
    // row by row, and the whole read took three times as long.
    let oldest: string | undefined;
    let seenAtOldest = 0;
    for (;;) {
      const from =
        oldest === undefined
          ? table.orderBy('addedAt')
          : table.where('addedAt').belowOrEqual(oldest);
      const reading = from
        .reverse()
        .limit(LIST_PAGE + seenAtOldest)
        .toArray();
      if (!counting && onPage) {
        counting = table.count();
        // A failed count fails the transaction, which the pages' read reports.
        counting.then(
          (counted) => (total = counted),
          () => undefined,
        );
      }
      const page = (await reading).slice(seenAtOldest);
      all.push(...page);
      if (page.length < LIST_PAGE) return all;
      oldest = page[page.length - 1]!.addedAt;
      seenAtOldest = 0;
      while (all[all.length - 1 - seenAtOldest]?.addedAt === oldest) seenAtOldest += 1;
      onPage?.(all, total === undefined ? undefined : Math.max(total, all.length));
    }
  });
}

/**
 * Every article's annotation count (rows and packs, every author), from the stored counts'
 * keys (`articleCounts`, `[articleId, total]`): one `getAllKeys`, no row read. An article
 * without any is absent.
 */
export async function readAnnotationCounts(): Promise<Map<ArticleId, number>> {
  const keys = (await db.articleCounts.toCollection().primaryKeys()) as [ArticleId, number][];
  return new Map(keys);
}

/** One article's metadata, or `undefined` when there is no such article. */
export function getArticle(id: ArticleId): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

/** One article's stored text, or `undefined` when there is no such article. */
export function getArticleText(id: ArticleId): Promise<ArticleTextRecord | undefined> {
  return db.articleTexts.get(id);
}

/** One article's original and page text, or `undefined` when there is no such article. */
export function getArticleOriginal(id: ArticleId): Promise<ArticleOriginalRecord | undefined> {
  return db.articleOriginals.get(id);
}

/** How many annotations each article has; articles without any are absent from the map. */
export { countAnnotationsByArticle } from '../store/annotation-storage';

/**
 * Whether the library holds no article at all (asked at every start). One key at most:
 * Chromium counts a store entry by entry, and every read of the starting page waited
 * behind a count of 10,000 articles.
 */
export async function isLibraryEmpty(): Promise<boolean> {
  return (await db.articles.limit(1).primaryKeys()).length === 0;
}
