import { useLiveQuery } from 'dexie-react-hooks';
import type { ArticleId, ArticleRecord } from '../db/records';
import { getArticle, getArticleText } from '../library/article-repository';

/** An article with its stored text, as the reader shows it. */
export interface LoadedArticle {
  article: ArticleRecord;
  text: string;
}

/** The article `id` and its text: `undefined` while loading, `null` when there is no such article. */
export function useArticle(id: ArticleId): LoadedArticle | null | undefined {
  return useLiveQuery(async () => {
    const [article, text] = await Promise.all([getArticle(id), getArticleText(id)]);
    return article && text ? { article, text: text.text } : null;
  }, [id]);
}
