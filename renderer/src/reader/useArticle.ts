import { useLiveQuery } from 'dexie-react-hooks';
import type { ChromeRange } from '../chrome/chrome-blocks';
import type { ArticleId, ArticleRecord } from '../db/records';
import { getArticle, getArticleText } from '../library/article-repository';

const NO_CHROME: readonly ChromeRange[] = [];

/** An article with its stored text, as the reader shows it. */
export interface LoadedArticle {
  article: ArticleRecord;
  text: string;
  /** Page chrome in `text`, collapsed by the reader; empty for articles stored without it. */
  chromeRanges: readonly ChromeRange[];
  /** For HTML pages, the whole page as text, shown on request. */
  pageText?: string;
}

/** The article `id` and its text: `undefined` while loading, `null` when there is no such article. */
export function useArticle(id: ArticleId): LoadedArticle | null | undefined {
  return useLiveQuery(async () => {
    const [article, text] = await Promise.all([getArticle(id), getArticleText(id)]);
    return article && text
      ? {
          article,
          text: text.text,
          chromeRanges: text.chromeRanges ?? NO_CHROME,
          ...(text.pageText === undefined ? {} : { pageText: text.pageText }),
        }
      : null;
  }, [id]);
}
