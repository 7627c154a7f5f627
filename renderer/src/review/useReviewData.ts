import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, ArticleId } from '../annotation/types';
import type { ChromeRange } from '../chrome/chrome-blocks';
import type { AnalystRecord, ArticleRecord, CommentRecord } from '../db/records';
import { getArticleText, listArticleSummaries } from '../library/article-repository';
import { listArticleAnnotations } from '../store/annotation-repository';
import { listAnalysts, listArticleComments } from './review-repository';

/** Everything the review screen shows of one article, live. */
export interface ReviewData {
  text: string;
  /** Page chrome in `text`, collapsed in review as in the reader. */
  chromeRanges: ChromeRange[];
  annotations: Annotation[];
  comments: CommentRecord[];
}

/** The library's articles and the analyst rows, live; `undefined` while loading. */
export function useReviewCatalogue():
  { articles: ArticleRecord[]; analysts: AnalystRecord[] } | undefined {
  return useLiveQuery(async () => {
    const [articles, analysts] = await Promise.all([listArticleSummaries(), listAnalysts()]);
    return { articles, analysts };
  });
}

/** The article's text, annotations (all authors) and comments; `null` without an article. */
export function useReviewData(articleId: ArticleId | null): ReviewData | null | undefined {
  return useLiveQuery(async () => {
    if (articleId === null) return null;
    const [text, annotations, comments] = await Promise.all([
      getArticleText(articleId),
      listArticleAnnotations(articleId),
      listArticleComments(articleId),
    ]);
    return text
      ? { text: text.text, chromeRanges: text.chromeRanges ?? [], annotations, comments }
      : null;
  }, [articleId]);
}
