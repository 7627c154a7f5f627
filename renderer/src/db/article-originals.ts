/**
 * An article's text row and its original, apart (schema 10). IndexedDB reads a row whole:
 * the reader, the search index and every export read the text, and the decoded source (a
 * saved page's HTML is a median 11 times its text) and the page's whole text were read with
 * it each time. Rows written before schema 10, by the upgrade and in trash rows and backups
 * of that time, hold all three: `splitArticleText` parts them. Pure.
 */
import type {
  ArticleOriginalRecord,
  ArticleTextRecord,
  LegacyArticleTextRecord,
  TrashRecord,
} from './records';

/** The table of `ArticleOriginalRecord`s. */
export const ARTICLE_ORIGINALS_TABLE = 'articleOriginals';

/**
 * `row`'s text part and, when it holds an original, its original part (`null` for a row
 * already parted). The text part says whether a page text went with the original.
 */
export function splitArticleText(row: LegacyArticleTextRecord): {
  text: ArticleTextRecord;
  original: ArticleOriginalRecord | null;
} {
  const { original, pageText, ...text } = row;
  if (original === undefined) return { text: row, original: null };
  return articleTextRows(text, original, pageText);
}

/** The two rows to store for an article's text, its original and (HTML) its page text. */
export function articleTextRows(
  text: ArticleTextRecord,
  original: string,
  pageText: string | undefined,
): { text: ArticleTextRecord; original: ArticleOriginalRecord } {
  const { hasPageText: _had, ...plain } = text;
  return {
    text: pageText === undefined ? plain : { ...plain, hasPageText: true },
    original: {
      articleId: text.articleId,
      original,
      ...(pageText === undefined ? {} : { pageText }),
    },
  };
}

/**
 * A trash row's rows with its texts parted (`splitArticleText`), so that a restore puts
 * back rows of the current shape and a delete after it finds them as recorded; the same
 * object when it holds no text with an original.
 */
export function withTrashedTextsSplit(rows: TrashRecord['rows']): TrashRecord['rows'] {
  const texts = (rows['articleTexts'] ?? []) as LegacyArticleTextRecord[];
  const parts = texts.map(splitArticleText);
  if (parts.every((part) => part.original === null)) return rows;
  const originals = parts.flatMap((part) => (part.original ? [part.original] : []));
  return {
    ...rows,
    articleTexts: parts.map((part) => part.text),
    [ARTICLE_ORIGINALS_TABLE]: [...(rows[ARTICLE_ORIGINALS_TABLE] ?? []), ...originals],
  };
}
