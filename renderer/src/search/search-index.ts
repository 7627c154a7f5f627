/**
 * The full-text index: MiniSearch over each article's title, bylines, body and page chrome,
 * with Sourcemark's tokeniser (`Intl.Segmenter`, folded terms). It answers candidates: which
 * articles hold the words, and for a NOT, which articles it can vouch hold the excluded
 * words, so those are left out unread; `find-hits.ts` confirms each candidate against its
 * stored text and places the hits.
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
import { tokeniseChecked } from './tokenise';

/**
 * Articles that may match a query: only those in `only`, or every article but those in
 * `allBut` (a NOT: the articles the index knows hold the excluded word).
 */
export type Candidates = { only: ReadonlySet<string> } | { allBut: ReadonlySet<string> };

/** Whether `id` is among `candidates`. */
export function isCandidate(candidates: Candidates, id: string): boolean {
  return 'only' in candidates ? candidates.only.has(id) : !candidates.allBut.has(id);
}

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
  /** The articles whose words the index cannot vouch for (`sureMatches`), to persist. */
  inexactIds(): string[];
}

type Only = { only: ReadonlySet<string> };
type AllBut = { allBut: ReadonlySet<string> };
/** `a` and `b` when one is `Only` and the other `AllBut`, in that order. */
const mixed = (a: Candidates, b: Candidates): [Only, AllBut] =>
  'only' in a ? [a, b as AllBut] : [b as Only, a as AllBut];

const union = (a: Candidates, b: Candidates): Candidates => {
  if ('only' in a && 'only' in b) return { only: new Set([...a.only, ...b.only]) };
  if ('allBut' in a && 'allBut' in b)
    return { allBut: new Set([...a.allBut].filter((id) => b.allBut.has(id))) };
  const [{ only }, { allBut }] = mixed(a, b);
  return { allBut: new Set([...allBut].filter((id) => !only.has(id))) };
};

const intersection = (a: Candidates, b: Candidates): Candidates => {
  if ('only' in a && 'only' in b) {
    const [small, large] = a.only.size <= b.only.size ? [a.only, b.only] : [b.only, a.only];
    return { only: new Set([...small].filter((id) => large.has(id))) };
  }
  if ('allBut' in a && 'allBut' in b) return { allBut: new Set([...a.allBut, ...b.allBut]) };
  const [{ only }, { allBut }] = mixed(a, b);
  return { only: new Set([...only].filter((id) => !allBut.has(id))) };
};

/**
 * A new index, or the one `json` holds (from `serialise`) with the articles `inexact` names
 * (from `inexactIds`).
 */
export function createSearchIndex(json?: string, inexact: readonly string[] = []): SearchIndex {
  // Articles with a word the text check does not see as the index does (`tokenise.ts`,
  // `SearchDocument.hasCutWord`): the index's words there may be no hit.
  const inexactSet = new Set(inexact);
  let hasSplitWord = false;
  const options = {
    fields: ['title', 'byline', 'body', 'chrome'],
    tokenize: (text: string) => {
      const checked = tokeniseChecked(text);
      if (checked.hasSplitWord) hasSplitWord = true;
      return checked.terms;
    },
    // Terms arrive folded from `tokenise`: nothing more to do per term.
    processTerm: (term: string) => term,
  };
  const index = json
    ? MiniSearch.loadJSON<SearchDocument>(json, options)
    : new MiniSearch<SearchDocument>(options);

  // The articles holding every one of a term node's words, without MiniSearch's ranking: a
  // search scores (BM25) and builds a result object for each article, then sorts them all,
  // which for a common word over 10,000 articles was tens of milliseconds of a query's first
  // rows (profiled), though only the ids are used here. `boostDocument` is called once per
  // article and field a word is in, before the scoring, and a falsy answer skips the
  // article (MiniSearch's documented contract): it gathers the ids and leaves no results.
  // The words are searched one by one and their articles intersected (what `combineWith:
  // 'AND'` gave); the last word of a prefix term is a prefix.
  const termMatches = (node: Extract<TextNode, { kind: 'term' }>, includeChrome: boolean) => {
    const fields =
      node.field === 'body' ? (includeChrome ? ['body', 'chrome'] : ['body']) : [node.field];
    const last = node.terms.length - 1;
    let found: Set<string> | undefined;
    for (let at = 0; at <= last && found?.size !== 0; at++) {
      const holding = new Set<string>();
      index.search(node.terms[at]!, {
        fields,
        combineWith: 'AND',
        prefix: node.isPrefix && at === last,
        boostDocument: (id: string) => {
          if (!found || found.has(id)) holding.add(id);
          return 0;
        },
      });
      found = holding;
    }
    return found ?? new Set<string>();
  };

  /**
   * Articles that surely match `node` (never more than do). A word or prefix the index holds
   * in an exact article is a hit to the text check too: the same folding, the same word
   * edges, the same fields (the body field is the text outside chrome). A phrase needs its
   * words in order, which only the text shows; a NOT's matches are not known from the index.
   */
  const sureMatches = (node: TextNode, includeChrome: boolean): Set<string> => {
    switch (node.kind) {
      case 'term': {
        if (node.terms.length !== 1) return new Set();
        const found = termMatches(node, includeChrome);
        for (const id of inexactSet) found.delete(id);
        return found;
      }
      case 'not':
        return new Set();
      case 'or': {
        const all = new Set<string>();
        for (const child of node.children)
          for (const id of sureMatches(child, includeChrome)) all.add(id);
        return all;
      }
      case 'and': {
        const [first, ...others] = node.children.map((child) => sureMatches(child, includeChrome));
        return new Set([...(first ?? [])].filter((id) => others.every((found) => found.has(id))));
      }
    }
  };

  const candidates = (node: TextNode, includeChrome: boolean): Candidates => {
    switch (node.kind) {
      case 'term':
        return { only: termMatches(node, includeChrome) };
      case 'not':
        // Every article but those the index shows to hold what is excluded: a NOT of words
        // reads no text, a NOT of a phrase reads the texts its other terms leave.
        return { allBut: sureMatches(node.child, includeChrome) };
      case 'or':
        return node.children.map((child) => candidates(child, includeChrome)).reduce(union);
      case 'and':
        return node.children.map((child) => candidates(child, includeChrome)).reduce(intersection);
    }
  };

  return {
    put(document) {
      hasSplitWord = false;
      if (index.has(document.id)) index.replace(document);
      else index.add(document);
      if (hasSplitWord || document.hasCutWord) inexactSet.add(document.id);
      else inexactSet.delete(document.id);
    },
    remove(id) {
      if (index.has(id)) index.discard(id);
      inexactSet.delete(id);
    },
    has: (id) => index.has(id),
    get size() {
      return index.documentCount;
    },
    candidates,
    serialise: () => JSON.stringify(index),
    inexactIds: () => [...inexactSet],
  };
}
