/** The database reads "Tag all results" prepares from, through the repositories. */
import type { AuthorId, CodebookItemId } from '../annotation/types';
import { getArticleText } from '../library/article-repository';
import { spansByArticle } from '../store/annotation-repository';
import type { TagResultsReads } from './tag-results';

/** The stored texts and `author`'s spans labelled `itemId`. */
export function tagResultsReads(author: AuthorId, itemId: CodebookItemId): TagResultsReads {
  return {
    texts: (ids) => Promise.all(ids.map(async (id) => (await getArticleText(id))?.text)),
    taggedSpans: () => spansByArticle(author, itemId),
  };
}
