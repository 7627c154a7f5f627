/**
 * One article's annotations read a page at a time in text order, so that the reader can
 * draw its first screen from the first page while the rest is read. IndexedDB in Chromium
 * reads about 10,000 annotation rows a second, whatever the query: the whole of a
 * 10,000-annotation article took a second before anything could be drawn.
 *
 * The first page holds everything that is not a span row (packed annotations, read whole,
 * and document-level rows) and the first span rows by start offset; each later page the
 * next span rows, pages growing so that a long article takes a handful of reads. After a
 * page, every span annotation starting before `spansBefore` has been read (rows with the
 * same start as the page's last one may still come in the next page, which starts there).
 */
import type { Annotation, ArticleId } from '../annotation/types';
import {
  getDocumentRows,
  getPackedArticleAnnotations,
  getSpanRowsAt,
  getSpanRowsFrom,
} from './annotation-storage';

/** Span rows in the first page: more than a first screen holds, quick to read. */
export const FIRST_PAGE_ROWS = 400;
/** Each later page holds this many times the rows of the one before, up to `MAX_PAGE_ROWS`. */
const PAGE_GROWTH = 3;
const MAX_PAGE_ROWS = 20_000;

/** One page of an article's annotations. */
export interface AnnotationPage {
  rows: Annotation[];
  /** Every span annotation starting before this offset is read; `Infinity`: all of them. */
  spansBefore: number;
}

/** Reads the pages of one article in turn; `next()` answers `null` once all are read. */
export interface AnnotationPager {
  next(): Promise<AnnotationPage | null>;
  /**
   * Forgets the page read ahead, if any: a write since it was issued may not be in it, and
   * a page delivered after the write's own rows would bring their old versions back. The
   * next `next()` reads it again.
   */
  discardAhead(): void;
}

const spanStart = (row: Annotation) => (row.kind === 'span' ? row.span.start : 0);

/** Where a page starts: its first offset, its size, and whether it is the first page. */
interface Cursor {
  from: number;
  limit: number;
  isFirst: boolean;
}

/** The page at `cursor`, and where the one after it starts (`null`: none, all is read). */
interface PageRead {
  page: AnnotationPage;
  next: Cursor | null;
}

async function readSpanPage(articleId: ArticleId, cursor: Cursor) {
  const { from, limit } = cursor;
  const rows = await getSpanRowsFrom(articleId, from, limit);
  if (rows.length < limit) return { rows, spansBefore: Infinity, from };
  const last = spanStart(rows.at(-1)!);
  // The next page starts at the last start again: rows there may not all be in this one.
  if (last > from) return { rows, spansBefore: last, from: last };
  // A whole page of rows at one start: read them all, and go on after it.
  const all = await getSpanRowsAt(articleId, from);
  return { rows: all, spansBefore: from + 1, from: from + 1 };
}

async function readPage(articleId: ArticleId, cursor: Cursor): Promise<PageRead> {
  let page: AnnotationPage;
  let from: number;
  if (cursor.isFirst) {
    const [spans, packed, documents] = await Promise.all([
      readSpanPage(articleId, cursor),
      getPackedArticleAnnotations(articleId),
      getDocumentRows(articleId),
    ]);
    page = { rows: spans.rows.concat(packed, documents), spansBefore: spans.spansBefore };
    from = spans.from;
  } else {
    const spans = await readSpanPage(articleId, cursor);
    page = { rows: spans.rows, spansBefore: spans.spansBefore };
    from = spans.from;
  }
  const next =
    page.spansBefore === Infinity
      ? null
      : { from, limit: Math.min(MAX_PAGE_ROWS, cursor.limit * PAGE_GROWTH), isFirst: false };
  return { page, next };
}

/**
 * A pager over the annotations of `articleId`, starting with `firstPageRows` span rows.
 * Each page's read is issued as soon as the one before is delivered, so the database reads
 * the next page while the reader draws this one (Chromium's IndexedDB works in another
 * process): the whole article is read and drawn sooner than one step after the other.
 */
export function pageArticleAnnotations(
  articleId: ArticleId,
  firstPageRows = FIRST_PAGE_ROWS,
): AnnotationPager {
  let cursor: Cursor | null = { from: 0, limit: firstPageRows, isFirst: true };
  let ahead: { cursor: Cursor; read: Promise<PageRead> } | null = null;
  const start = (at: Cursor) => {
    const read = readPage(articleId, at);
    // A read ahead that fails is read again (and reported) when its page is asked for.
    read.catch(() => undefined);
    return { cursor: at, read };
  };
  return {
    async next() {
      if (cursor === null) return null;
      const current = ahead?.cursor === cursor ? ahead : start(cursor);
      ahead = null;
      const read = await current.read;
      // Only the read asked for moves the cursor (a page read ahead and dropped does not).
      if (cursor === current.cursor) {
        cursor = read.next;
        if (cursor !== null) ahead = start(cursor);
      }
      return read.page;
    },
    discardAhead() {
      ahead = null;
    },
  };
}
