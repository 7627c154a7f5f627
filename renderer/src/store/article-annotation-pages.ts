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
}

const spanStart = (row: Annotation) => (row.kind === 'span' ? row.span.start : 0);

/** A pager over the annotations of `articleId`, starting with `firstPageRows` span rows. */
export function pageArticleAnnotations(
  articleId: ArticleId,
  firstPageRows = FIRST_PAGE_ROWS,
): AnnotationPager {
  let from = 0;
  let limit = firstPageRows;
  let isFirst = true;
  let isDone = false;

  const spanPage = async (): Promise<AnnotationPage> => {
    const rows = await getSpanRowsFrom(articleId, from, limit);
    if (rows.length < limit) return { rows, spansBefore: Infinity };
    const last = spanStart(rows.at(-1)!);
    if (last > from) {
      // The next page starts at the last start again: rows there may not all be in this one.
      from = last;
      return { rows, spansBefore: last };
    }
    // A whole page of rows at one start: read them all, and go on after it.
    const all = await getSpanRowsAt(articleId, from);
    from += 1;
    return { rows: all, spansBefore: from };
  };

  return {
    async next() {
      if (isDone) return null;
      let page: AnnotationPage;
      if (isFirst) {
        isFirst = false;
        const [spans, packed, documents] = await Promise.all([
          spanPage(),
          getPackedArticleAnnotations(articleId),
          getDocumentRows(articleId),
        ]);
        page = { rows: spans.rows.concat(packed, documents), spansBefore: spans.spansBefore };
      } else {
        page = await spanPage();
      }
      limit = Math.min(MAX_PAGE_ROWS, limit * PAGE_GROWTH);
      isDone = page.spansBefore === Infinity;
      return page;
    },
  };
}
