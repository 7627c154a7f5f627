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
}

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
  for (const range of ranges) {
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
  };
}
