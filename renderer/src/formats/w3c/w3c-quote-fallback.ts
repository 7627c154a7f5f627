/**
 * Finding the article of a W3C target whose source the library does not know (another
 * copy of the text, a web page's URL, a text hashed before a correction): by its quotes.
 * The annotations of one source share an article, so the library is searched once per
 * source, not per annotation: its longest quote with prefix and suffix picks the candidate
 * texts (those holding it whole; the next longest when none does), and the candidate
 * holding the most of (up to 20 of) the source's quotes wins, the first in library order
 * on a tie. A source none of whose texts holds
 * the probe is left unfound: the annotations are reported, never guessed onto a text.
 */
import type { SetArticle } from '../native/annotation-set';
import type { ReadTarget } from './w3c-read';

/** A target to place: its source IRI (absent for some tools) and its quote. */
export interface UnplacedTarget {
  source: string | undefined;
  quote: NonNullable<ReadTarget['quote']>;
}

/** The key a source is grouped by ('' for targets that name none). */
export function sourceKey(source: string | undefined): string {
  return source ?? '';
}

/** How many of a source's longest quotes are tried as probes. */
const PROBES = 3;

/** How many of a source's quotes weigh candidates (several copies of one text). */
const WEIGHED = 20;

/**
 * The library article of each source of `targets`, by source key; sources no text holds
 * are absent. Reads each article's text at most a few times per source, never per annotation.
 */
export function articlesByQuote(
  targets: readonly UnplacedTarget[],
  articles: readonly SetArticle[],
): Map<string, SetArticle> {
  const bySource = new Map<string, Set<string>>();
  for (const { source, quote } of targets) {
    if (quote.exact === '') continue;
    const key = sourceKey(source);
    const quotes = bySource.get(key) ?? new Set<string>();
    quotes.add(quote.prefix + quote.exact + quote.suffix);
    bySource.set(key, quotes);
  }
  const found = new Map<string, SetArticle>();
  for (const [key, quotes] of bySource) {
    const probes = [...quotes].sort((a, b) => b.length - a.length).slice(0, PROBES);
    // The next probe only when no text holds the longer one (an edit near that annotation).
    let candidates: SetArticle[] = [];
    for (const probe of probes) {
      candidates = articles.filter((article) => article.text?.includes(probe));
      if (candidates.length > 0) break;
    }
    let best: { article: SetArticle; held: number } | undefined;
    const weighed = candidates.length > 1 ? [...quotes].slice(0, WEIGHED) : [];
    for (const article of candidates) {
      let held = 0;
      for (const quote of weighed) if (article.text!.includes(quote)) held += 1;
      if (!best || held > best.held) best = { article, held };
    }
    if (best) found.set(key, best.article);
  }
  return found;
}
