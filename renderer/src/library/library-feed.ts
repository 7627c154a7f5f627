/**
 * The library's rows, kept in step with the database by reading again only what a write
 * touched. A live query over the library reads every article and every annotation key after
 * each write: during an import that is once per 25-file chunk, so a 10,000-file import into a
 * large library read the whole library 400 times over. Here an import's chunk costs one
 * `bulkGet` of the rows of the articles it wrote (Dexie's `storagemutated` keys), every
 * other row keeps its object, and the view's sorting and rendering can tell what changed by
 * reference. The library reads the small `articleRows` (what a row shows), never the
 * records with their ingestion metadata. Annotation counts are read again, all of them,
 * only when annotations were written, from the stored totals' index alone (one read for
 * every caller at once: `annotation-counts.ts`), asked for as a whole read of the rows
 * starts. The rows are delivered before their counts (`annotationCount` null), the
 * counted rows follow.
 */
import type { ObservabilitySet } from 'dexie';
import { Dexie } from 'dexie';
import { db } from '../db/db';
import { mergeTouched, primaryKeyPart, touchesAny, type TouchedKeys } from '../db/mutated-keys';
import type { ArticleId, ArticleRowRecord } from '../db/records';
import { ARTICLE_COUNTS_TABLE } from '../stats/article-counts';
import { annotationCounts, forgetAnnotationCounts } from './annotation-counts';
import { listArticleRows } from './article-repository';
import { noteLibraryRead } from './library-read';
import type { LibraryRow } from './library-rows';

type ArticleSummary = ArticleRowRecord;

// Each article write puts its row in its transaction, each annotation write (rows and
// packs alike) its article's totals, and its count where the total moved
// (`db/article-rows.ts`, `db/annotation-totals.ts`): a write that moves no count reads none.
const ARTICLES_PART = primaryKeyPart('articleRows');
const ANNOTATION_PARTS = [primaryKeyPart(ARTICLE_COUNTS_TABLE)];

/** A running feed: `setActive(false)` stops reading (writes are still noted), `stop` ends it. */
export interface LibraryFeed {
  setActive(isActive: boolean): void;
  stop(): void;
}

/** Newest first, as `listArticleSummaries` answers; ties by id so the order is total. */
function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Calls `onRows` with the library's rows (newest first) once read (before that, with the
 * rows read so far and `reading`, with the library's size once counted), and again after every
 * write that changed an article or an annotation count, while active; `onError` when a read
 * fails (the next write tries again, from scratch). Behind the reader the feed is inactive:
 * an annotation written there costs nothing here until the library shows again.
 */
export function watchLibraryRows(
  onRows: (rows: readonly LibraryRow[], reading?: { total: number | undefined }) => void,
  onError: (error: unknown) => void,
  isActive = true,
): LibraryFeed {
  let rows: readonly LibraryRow[] | null = null;
  const byId = new Map<string, LibraryRow>();
  // Null until the first count: rows then say "counting", not 0.
  let counts: ReadonlyMap<ArticleId, number> | null = null;
  let touched: TouchedKeys = 'all';
  let isCountStale = true;
  let isReading = false;
  let isStopped = false;
  let active = isActive;

  const rowOf = (article: ArticleSummary): LibraryRow => ({
    ...article,
    annotationCount: counts ? (counts.get(article.id) ?? 0) : null,
  });

  /**
   * Every article, with the counts known so far; the counts are read next. A large library
   * is shown a page at a time as it is read (newest first, as it opens), with its total.
   */
  const readAll = async (): Promise<readonly LibraryRow[]> => {
    const shown: LibraryRow[] = [];
    const seen = new Map<string, LibraryRow>();
    const take = (articles: readonly ArticleSummary[]) => {
      for (const article of articles.slice(shown.length)) {
        const row = rowOf(article);
        seen.set(row.id, row);
        shown.push(row);
      }
    };
    const articles = await listArticleRows((soFar, total) => {
      take(soFar);
      if (!isStopped && active) onRows([...shown], { total });
    });
    take(articles);
    isCountStale = true;
    byId.clear();
    for (const [id, row] of seen) byId.set(id, row);
    return shown;
  };

  /** `current` with the articles of `keys` read again, and the counts when `withCounts`. */
  const patch = async (current: readonly LibraryRow[], keys: Set<string>, withCounts: boolean) => {
    const ids = [...keys];
    const [found, fresh] = await Promise.all([
      db.articleRows.bulkGet(ids as ArticleId[]),
      withCounts ? annotationCounts() : null,
    ]);
    const changed = new Map<string, LibraryRow | null>();
    if (fresh) {
      counts = fresh;
      for (const row of current) {
        const count = fresh.get(row.id) ?? 0;
        if (count !== row.annotationCount) changed.set(row.id, { ...row, annotationCount: count });
      }
    }
    ids.forEach((id, i) => changed.set(id, found[i] ? rowOf(found[i]) : null));
    if (changed.size === 0) return current;
    const added: LibraryRow[] = [];
    for (const [id, row] of changed) {
      if (row && !byId.has(id)) added.push(row);
      if (row) byId.set(id, row);
      else byId.delete(id);
    }
    const kept = current.flatMap((row) => {
      if (!changed.has(row.id)) return [row];
      const next = changed.get(row.id);
      return next ? [next] : [];
    });
    // New articles are the newest: they go first, as a full read would place them.
    return [...added.sort(newestFirst), ...kept];
  };

  // One read at a time; writes meanwhile gather into the next one.
  const flush = async () => {
    if (isReading) return;
    isReading = true;
    try {
      while (!isStopped && active && (touched === 'all' || touched.size > 0 || isCountStale)) {
        const keys = touched;
        const withCounts = isCountStale;
        touched = new Set();
        isCountStale = false;
        // A whole read asks for the counts as it starts, beside the rows, not after them:
        // the walk (`annotation-counts.ts`) then runs between the pages' reads, not after
        // the last one.
        if (withCounts && (keys === 'all' || rows === null))
          Dexie.ignoreTransaction(annotationCounts).catch(() => undefined);
        const next = await Dexie.ignoreTransaction(() =>
          keys === 'all' || rows === null ? readAll() : patch(rows, keys, withCounts),
        );
        if (!isStopped && next !== rows) {
          rows = next;
          onRows(next);
        }
      }
      if (rows !== null && !isCountStale && touched !== 'all' && touched.size === 0)
        noteLibraryRead();
    } catch (error) {
      touched = 'all';
      isCountStale = true;
      if (!isStopped) onError(error);
    } finally {
      isReading = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    touched = mergeTouched(touched, parts, ARTICLES_PART);
    if (touchesAny(parts, ANNOTATION_PARTS)) {
      isCountStale = true;
      forgetAnnotationCounts();
    }
    // Reads only when either changed (or while inactive, not at all: `flush` checks).
    void flush();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void flush();
  return {
    setActive(isNowActive) {
      active = isNowActive;
      if (active) void flush();
    },
    stop() {
      isStopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
