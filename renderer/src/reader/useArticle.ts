import type { ChromeRange } from '../chrome/chrome-blocks';
import type { ArticleId, ArticleRecord } from '../db/records';
import { getArticle, getArticleText } from '../library/article-repository';
import { liveQueryFeed, startFeed, useFeed, type FeedStarter } from '../store/shared-feed';

const NO_CHROME: readonly ChromeRange[] = [];

/** An article with its stored text, as the reader shows it. */
export interface LoadedArticle {
  article: ArticleRecord;
  text: string;
  /** Page chrome in `text`, collapsed by the reader; empty for articles stored without it. */
  chromeRanges: readonly ChromeRange[];
  /** Whether the page's whole text is stored (HTML pages), read when the analyst asks. */
  hasPageText: boolean;
}

const keyOf = (id: ArticleId) => `article:${id}`;

function readArticle(id: ArticleId): FeedStarter<LoadedArticle | null> {
  return liveQueryFeed(async () => {
    const [article, text] = await Promise.all([getArticle(id), getArticleText(id)]);
    return article && text
      ? {
          article,
          text: text.text,
          chromeRanges: text.chromeRanges ?? NO_CHROME,
          hasPageText: text.hasPageText === true,
        }
      : null;
  });
}

/**
 * The article `id` and its text, live: `undefined` while loading, `null` when there is no such
 * article. Takes over the read `startReadingArticle` began, if any.
 */
export function useArticle(id: ArticleId): LoadedArticle | null | undefined {
  return useFeed(keyOf(id), readArticle(id));
}

/** Starts reading the article and its text before the reader mounts (at the click). */
export function startReadingArticle(id: ArticleId): void {
  startFeed(keyOf(id), readArticle(id));
}
