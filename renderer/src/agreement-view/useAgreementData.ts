import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation } from '../annotation/types';
import type { AnalystRecord, ArticleRecord } from '../db/records';
import { listArticleSummaries } from '../library/article-repository';
import { listArticleAnnotations } from '../store/annotation-repository';
import { listAnalysts } from '../review/review-repository';

/** The library, its annotations (every author) and the analyst rows, live. */
export interface AgreementData {
  articles: ArticleRecord[];
  annotations: Annotation[];
  analysts: AnalystRecord[];
}

/** Everything the agreement screen computes from; `undefined` while loading. */
export function useAgreementData(): AgreementData | undefined {
  return useLiveQuery(async () => {
    const [articles, analysts] = await Promise.all([listArticleSummaries(), listAnalysts()]);
    const perArticle = await Promise.all(articles.map((a) => listArticleAnnotations(a.id)));
    return { articles, annotations: perArticle.flat(), analysts };
  });
}
