/**
 * One article's annotations, kept in step with the database by reading again only the rows
 * a write touched. A live query over the article reads every row again after each write: on
 * a 10,000-annotation article that is hundreds of milliseconds of reading, cloning and
 * key-range bookkeeping per keystroke, and 10,000 new objects for the views to compare.
 * Here the primary keys of each write (Dexie's `storagemutated` event, which also carries
 * the writes of other windows) are read back with one `bulkGet`, and every other row keeps
 * its object identity; each new list carries a note of what changed (`list-changes.ts`).
 * A write whose keys are not listed (a range delete, a bulk write of 50 rows or more, a
 * cleared table) reads the whole article again, as the live query did.
 *
 * The article is first read a page at a time in text order (`article-annotation-pages.ts`),
 * each page delivered as soon as it is read, with the offset before which the spans are
 * complete: the reader draws its first screen from the first page.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Annotation, ArticleId } from '../annotation/types';
import { mergeTouched, primaryKeyPart, type TouchedKeys } from '../db/mutated-keys';
import { listArticleAnnotations } from './annotation-repository';
import { getAnnotations, PACKS_PART } from './annotation-storage';
import { pageArticleAnnotations, type AnnotationPager } from './article-annotation-pages';
import { mergeArticleRows, patchArticleRows } from './article-rows';

/**
 * Receives the article's annotations (all authors, `listArticleAnnotations` order): every
 * span annotation starting before `spansBefore` is among them (`Infinity`: every annotation
 * of the article is).
 */
export type OnArticleRows = (rows: readonly Annotation[], spansBefore: number) => void;

/**
 * Calls `onRows` with the annotations of `articleId` as each page of them is read, then
 * again after every write that changed any of them; `onError` when a read fails (the next
 * write tries again, reading the whole article). Answers the function that stops watching.
 * `firstPageRows`: span rows in the first page (default `FIRST_PAGE_ROWS`).
 */
export function watchArticleAnnotations(
  articleId: ArticleId,
  onRows: OnArticleRows,
  onError: (error: unknown) => void,
  options: { firstPageRows?: number } = {},
): () => void {
  const part = primaryKeyPart('annotations');
  let rows: readonly Annotation[] = [];
  const byId = new Map<string, Annotation>();
  let spansBefore = 0;
  // Pages still to read; `null` once the article is read whole.
  let pager: AnnotationPager | null = pageArticleAnnotations(articleId, options.firstPageRows);
  let touched: TouchedKeys = new Set();
  let isReading = false;
  let isStopped = false;
  let delivered: { rows: readonly Annotation[]; spansBefore: number } | null = null;

  const readAll = async () => {
    const all = await listArticleAnnotations(articleId);
    byId.clear();
    for (const row of all) byId.set(row.id, row);
    pager = null;
    spansBefore = Infinity;
    return all;
  };

  const readTouched = async (keys: Set<string>) => {
    const ids = [...keys];
    const found = await getAnnotations(ids as Annotation['id'][], articleId);
    return patchArticleRows(rows, byId, articleId, new Map(ids.map((id, i) => [id, found[i]])));
  };

  const readPage = async (from: AnnotationPager) => {
    const page = await from.next();
    if (page === null) {
      pager = null;
      return rows;
    }
    spansBefore = page.spansBefore;
    if (spansBefore === Infinity) pager = null;
    return mergeArticleRows(rows, byId, page.rows);
  };

  // One read at a time; writes meanwhile gather into the next one. A write's rows are read
  // before the next page: what the analyst just did shows first.
  const flush = async () => {
    if (isReading) return;
    isReading = true;
    try {
      while (!isStopped && (touched === 'all' || touched.size > 0 || pager !== null)) {
        const keys = touched;
        touched = new Set();
        const next = await Dexie.ignoreTransaction(() =>
          keys === 'all' ? readAll() : keys.size > 0 ? readTouched(keys) : readPage(pager!),
        );
        rows = next;
        if (isStopped || (delivered?.rows === next && delivered.spansBefore === spansBefore))
          continue;
        delivered = { rows: next, spansBefore };
        onRows(next, spansBefore);
      }
    } catch (error) {
      touched = 'all';
      if (!isStopped) onError(error);
    } finally {
      isReading = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    // `all`: Dexie's word for "anything may have changed". A pack changed: read it all again
    // (an import, or a pack moved into rows by a first edit: rare, and many rows at once).
    if ('all' in parts || PACKS_PART in parts) touched = 'all';
    else if (part in parts) touched = mergeTouched(touched, parts, part);
    else return;
    // A page read ahead before this write may hold rows it changed: read it again after.
    pager?.discardAhead();
    void flush();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void flush();
  return () => {
    isStopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
