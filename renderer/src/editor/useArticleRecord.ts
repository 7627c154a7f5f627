import { useLiveQuery } from 'dexie-react-hooks';
import type { ArticleId, ArticleRecord } from '../db/records';
import { getArticle } from '../library/article-repository';

/** The article's record, kept live: `undefined` while loading, `null` when it is gone. */
export function useArticleRecord(id: ArticleId): ArticleRecord | null | undefined {
  return useLiveQuery(async () => (await getArticle(id)) ?? null, [id]);
}
