import { useEffect, useState } from 'react';
import type { Annotation, ArticleId } from '../annotation/types';
import { watchArticleAnnotations } from '../store/article-annotation-feed';

interface Loaded {
  articleId: ArticleId;
  rows: readonly Annotation[];
}

/**
 * Every annotation on the article, live; `undefined` while loading. After a write only the
 * rows it touched are new objects (see `watchArticleAnnotations`), so views can compare by
 * reference. A failed read is thrown to the nearest error boundary, as `useLiveQuery` does.
 */
export function useArticleAnnotations(articleId: ArticleId): readonly Annotation[] | undefined {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  useEffect(
    () =>
      watchArticleAnnotations(
        articleId,
        (rows) => {
          setLoaded({ articleId, rows });
          setError(null);
        },
        (failure) => setError({ error: failure }),
      ),
    [articleId],
  );
  if (error) throw error.error;
  return loaded?.articleId === articleId ? loaded.rows : undefined;
}
