/**
 * What the full-text index holds of an article, and the article's facts the filters and the
 * result rows need. The body and the page chrome are separate fields, so chrome is left out
 * of a search by leaving its field out of the query, without a second index.
 */
import type { ArticleRecord, ArticleTextRecord } from '../db/records';
import { shownMetadata } from '../metadata/shown-metadata';
import { foldText } from './fold-text';

/** One article as the index sees it. */
export interface SearchDocument {
  id: string;
  title: string;
  byline: string;
  /** The text outside page chrome, chrome ranges replaced by line breaks. */
  body: string;
  /** The text inside page chrome, a line per range. */
  chrome: string;
  /**
   * Whether a chrome range starts or ends inside a word: then the body and chrome fields hold
   * pieces of it that the text check, which reads the whole text, never sees as words.
   */
  hasCutWord: boolean;
}

/** A letter, digit or mark (a code point, so a pair's halves are read together) before and
 * after an offset: a range edge between two of them is inside a word. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}\p{M}]/u;
const isInsideWord = (text: string, at: number) =>
  WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
  WORD_CHAR_AFTER.test(text.slice(at, at + 2));

/** An article's facts for filters and result rows (small: one per article in memory). */
export interface ArticleFacts {
  id: string;
  /** As shown (the analyst's corrections win). */
  title: string;
  byline: string;
  outlet: string;
  /** `YYYY-MM-DD…` or `''`. */
  publishedDate: string;
  language: string;
  /** Folded, for the outlet filter. */
  foldedOutlet: string;
  /** Folded once here, not for every article of every query with a language filter. */
  foldedLanguage: string;
  /** Changes whenever the indexed text or fields may have changed. */
  stamp: string;
}

/** The facts of `article`, as shown in the reader's header. */
export function articleFacts(article: ArticleRecord): ArticleFacts {
  const shown = shownMetadata(article);
  return {
    id: article.id,
    title: shown.title.value,
    byline: shown.byline.value,
    outlet: shown.outlet.value,
    publishedDate: shown.publishedDate.value,
    language: shown.language.value,
    foldedOutlet: foldText(shown.outlet.value),
    foldedLanguage: foldText(shown.language.value),
    stamp: `${article.textSha256}|${article.metadataEdits?.editedAt ?? ''}|${article.title}`,
  };
}

/** The document to index for `facts` and its stored text. */
export function searchDocument(
  facts: ArticleFacts,
  text: Pick<ArticleTextRecord, 'text' | 'chromeRanges'>,
): SearchDocument {
  const ranges = [...(text.chromeRanges ?? [])].sort((a, b) => a.start - b.start);
  const body: string[] = [];
  const chrome: string[] = [];
  let at = 0;
  let hasCutWord = false;
  for (const range of ranges) {
    if (isInsideWord(text.text, range.start) || isInsideWord(text.text, range.end))
      hasCutWord = true;
    if (range.start > at) body.push(text.text.slice(at, range.start));
    chrome.push(text.text.slice(Math.max(at, range.start), range.end));
    at = Math.max(at, range.end);
  }
  body.push(text.text.slice(at));
  return {
    id: facts.id,
    title: facts.title,
    byline: facts.byline,
    body: body.join('\n'),
    chrome: chrome.join('\n'),
    hasCutWord,
  };
}
