import type { Annotation, ArticleId } from '../annotation/types';
import { watchArticleAnnotations } from '../store/article-annotation-feed';
import { startFeed, useFeed, type FeedStarter } from '../store/shared-feed';

/** The article's annotations as read so far. */
export interface ArticleAnnotations {
  rows: readonly Annotation[];
  /**
   * Every span annotation starting before this offset is in `rows`; `Infinity` once the
   * article is read whole. A long article is read a page at a time in text order.
   */
  spansBefore: number;
}

const keyOf = (id: ArticleId) => `article-annotations:${id}`;

function watch(articleId: ArticleId): FeedStarter<ArticleAnnotations> {
  return (emit, fail) =>
    watchArticleAnnotations(articleId, (rows, spansBefore) => emit({ rows, spansBefore }), fail);
}

/**
 * Every annotation on the article, live, as its pages are read; `undefined` until the first
 * page. After a write only the rows it touched are new objects (see
 * `watchArticleAnnotations`), so views can compare by reference. A failed read is thrown to
 * the nearest error boundary, as `useLiveQuery` does. Takes over the read
 * `startReadingArticleAnnotations` began, if any.
 */
export function useArticleAnnotations(articleId: ArticleId): ArticleAnnotations | undefined {
  return useFeed(keyOf(articleId), watch(articleId));
}

/** Starts reading the article's first page of annotations before the reader mounts. */
export function startReadingArticleAnnotations(articleId: ArticleId): void {
  startFeed(keyOf(articleId), watch(articleId));
}
