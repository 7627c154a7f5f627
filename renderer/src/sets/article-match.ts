/**
 * How an import decides that a file's article is one the library holds. The text decides:
 * every incoming text is taken in normal form (`normaliseText`, as ingestion stores the same
 * file), so its hash matches the library's copy whether the file came with a byte order
 * mark, CRLF or decomposed accents, and no import creates a second article for a text the
 * library has. A title is only a candidate: titles repeat ("Untitled", a site's name), so a
 * library article found by title alone is taken only when the file's quotes confirm it.
 * Pure.
 */
import type { SpanAnnotation } from '../annotation/types';
import type { IncomingSet } from './incoming-set';
import { normalArticles } from './normal-texts';

/**
 * `set` with every article text in normal form; a text that was not keeps what it was as
 * its original, so the stored article can still give the file back as it came.
 */
export function withNormalTexts(set: IncomingSet): IncomingSet {
  return { ...set, articles: normalArticles(set.articles) };
}

/** The quotes of each article's span annotations, by the file's article key. */
export function quotesByArticle(set: IncomingSet): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  for (const { annotation } of set.annotations) {
    if (annotation.kind !== 'span') continue;
    const key = annotation.articleId as string;
    const list = quotes.get(key) ?? [];
    list.push((annotation as SpanAnnotation).quote.exact);
    quotes.set(key, list);
  }
  return quotes;
}

/**
 * Whether `candidate`, a library text whose article has the incoming article's title, is
 * that article: at least half of the file's quotes for it occur in the candidate (a copy
 * edited since still matches; another article of the same title holds none of them). With
 * no quote to look for, only a text equal but for whitespace confirms it.
 */
export function confirmsTitleMatch(
  candidate: string,
  quotes: readonly string[],
  incomingText: string | undefined,
): boolean {
  const distinct = [...new Set(quotes.filter((q) => q.trim() !== ''))];
  if (distinct.length > 0) {
    const found = distinct.filter((q) => candidate.includes(q)).length;
    return found * 2 >= distinct.length;
  }
  return incomingText !== undefined && collapse(incomingText) === collapse(candidate);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
