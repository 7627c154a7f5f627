/**
 * The full-text index: MiniSearch over each article's title, bylines, body and page chrome,
 * with Sourcemark's tokeniser (`Intl.Segmenter`, folded terms). It answers candidates only:
 * which articles hold the words; `find-hits.ts` confirms each candidate against its stored
 * text and places the hits.
 *
 * Why MiniSearch (measured with `npm run bench -- search-libraries`, MiniSearch 7.2,
 * FlexSearch 0.8 and Orama 3.1 on the same generated French/English/Turkish articles with the
 * same tokeniser): its radix tree answers prefixes without indexing every prefix (FlexSearch's
 * `forward` tokeniser doubled the serialised index), it serialises to one JSON object and
 * loads it back in a call, and `discard`/`replace` update one article in place. Orama was
 * 10–50× slower per query, 14× larger serialised, and its exact mode missed the folded
 * Turkish and French words. FlexSearch queried fastest (under 1 ms against MiniSearch's
 * 0.5–11 ms), but MiniSearch is well inside the 50 ms budget, and FlexSearch's bundle carries a
 * `Function("return " + …)` path (its worker mode) that a strict CSP without `unsafe-eval`
 * must never reach. None of the three checks word order: phrases are confirmed in the text.
 */
import MiniSearch from 'minisearch';
import type { SearchDocument } from './search-document';
import type { TextNode } from './query-types';
import { tokenise } from './tokenise';

const OPTIONS = {
  fields: ['title', 'byline', 'body', 'chrome'],
  tokenize: tokenise,
  // Terms arrive folded from `tokenise`: nothing more to do per term.
  processTerm: (term: string) => term,
};

/** Candidate article ids, or `'all'` when the index cannot narrow (a NOT alone). */
export type Candidates = Set<string> | 'all';

/** The index and what it can answer. */
export interface SearchIndex {
  /** Adds or replaces `document`. */
  put(document: SearchDocument): void;
  remove(id: string): void;
  has(id: string): boolean;
  readonly size: number;
  /** Articles that may match `node` (never fewer than do). */
  candidates(node: TextNode, includeChrome: boolean): Candidates;
  /** The index as JSON, to persist. */
  serialise(): string;
}

/** A new index, or the one `json` holds (from `serialise`). */
export function createSearchIndex(json?: string): SearchIndex {
  const index = json
    ? MiniSearch.loadJSON<SearchDocument>(json, OPTIONS)
    : new MiniSearch<SearchDocument>(OPTIONS);

  const termCandidates = (node: Extract<TextNode, { kind: 'term' }>, includeChrome: boolean) => {
    const fields =
      node.field === 'body' ? (includeChrome ? ['body', 'chrome'] : ['body']) : [node.field];
    const last = node.terms.length - 1;
    const results = index.search(
      { queries: node.terms, combineWith: 'AND' },
      { fields, prefix: (_term, at) => node.isPrefix && at === last },
    );
    return new Set(results.map((result) => String(result.id)));
  };

  const candidates = (node: TextNode, includeChrome: boolean): Candidates => {
    switch (node.kind) {
      case 'term':
        return termCandidates(node, includeChrome);
      case 'not':
        // Excluding by the index could drop an article whose excluded word is only in a
        // place the text check ignores: NOT is checked against the text alone.
        return 'all';
      case 'or': {
        const union = new Set<string>();
        for (const child of node.children) {
          const found = candidates(child, includeChrome);
          if (found === 'all') return 'all';
          for (const id of found) union.add(id);
        }
        return union;
      }
      case 'and': {
        let result: Set<string> | null = null;
        for (const child of node.children) {
          const found = candidates(child, includeChrome);
          if (found === 'all') continue;
          const kept: Set<string> = result ?? found;
          result = result === null ? found : new Set([...kept].filter((id) => found.has(id)));
        }
        return result ?? 'all';
      }
    }
  };

  return {
    put(document) {
      if (index.has(document.id)) index.replace(document);
      else index.add(document);
    },
    remove(id) {
      if (index.has(id)) index.discard(id);
    },
    has: (id) => index.has(id),
    get size() {
      return index.documentCount;
    },
    candidates,
    serialise: () => JSON.stringify(index),
  };
}
