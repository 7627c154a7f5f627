import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, ArticleId } from '../annotation/types';
import { listArticleAnnotations } from '../store/annotation-repository';

/** Every annotation on the article, live; `undefined` while loading. */
export function useArticleAnnotations(articleId: ArticleId): Annotation[] | undefined {
  return useLiveQuery(() => listArticleAnnotations(articleId), [articleId]);
}
