import { useEffect, useState } from 'react';
import type { Annotation, ArticleId } from '../annotation/types';
import { watchArticleAnnotations } from '../store/article-annotation-feed';

/** The article's annotations as read so far. */
export interface ArticleAnnotations {
  rows: readonly Annotation[];
  /**
   * Every span annotation starting before this offset is in `rows`; `Infinity` once the
   * article is read whole. A long article is read a page at a time in text order.
   */
  spansBefore: number;
}

interface Loaded extends ArticleAnnotations {
  articleId: ArticleId;
}

/**
 * Every annotation on the article, live, as its pages are read; `undefined` until the first
 * page. After a write only the rows it touched are new objects (see
 * `watchArticleAnnotations`), so views can compare by reference. A failed read is thrown to
 * the nearest error boundary, as `useLiveQuery` does.
 */
export function useArticleAnnotations(articleId: ArticleId): ArticleAnnotations | undefined {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  useEffect(
    () =>
      watchArticleAnnotations(
        articleId,
        (rows, spansBefore) => {
          setLoaded({ articleId, rows, spansBefore });
          setError(null);
        },
        (failure) => setError({ error: failure }),
      ),
    [articleId],
  );
  if (error) throw error.error;
  return loaded?.articleId === articleId ? loaded : undefined;
}
