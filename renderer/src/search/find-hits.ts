/**
 * The text check behind every result: the index only proposes candidates; here each
 * candidate's stored text is folded (with an offset map) and the query evaluated on it, so a
 * phrase is found in order, a prefix at the start of a word, NOT against the words really
 * there, and every hit gets exact UTF-16 offsets into the stored text. Between a phrase's
 * words any run of non-letters may stand ("central bank", "central-bank", "central\nbank").
 */
import type { TextRange } from '../../../preload/api';
import { foldText, foldWithOffsets, type FoldedText } from './fold-text';
import type { TextNode } from './query-types';

/** The texts of one article a query is checked against. */
export interface ArticleTexts {
  text: string;
  chromeRanges: readonly TextRange[];
  title: string;
  byline: string;
}

/** How one article answered: whether it matches, and its hits in the stored text. */
export interface ArticleMatch {
  isMatch: boolean;
  /** Hits of the positive body terms, in text order, without duplicates. */
  hits: TextRange[];
  /** Whether a title or byline term matched (a match may have no body hit). */
  isFieldMatch: boolean;
}

const patternCache = new Map<string, RegExp>();

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern finding `node`'s words in folded text, at word boundaries. */
function patternOf(node: Extract<TextNode, { kind: 'term' }>): RegExp {
  const key = `${node.isPrefix ? '*' : ''}${node.terms.join(' ')}`;
  let pattern = patternCache.get(key);
  if (!pattern) {
    const words = node.terms.map(escape).join('[^\\p{L}\\p{N}]+');
    // A prefix's hit runs to the end of the word it starts, so the concordance shows the word.
    const end = node.isPrefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}${end}`, 'gu');
    patternCache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function overlapsAny(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((other) => range.start < other.end && other.start < range.end);
}

/** Checks `node` against one article's texts; see the module comment. */
export function matchArticle(
  node: TextNode,
  texts: ArticleTexts,
  includeChrome: boolean,
): ArticleMatch {
  let folded: FoldedText | undefined;
  const bodyHits = new Map<string, TextRange[]>();

  const findInBody = (term: Extract<TextNode, { kind: 'term' }>): TextRange[] => {
    const key = `${term.isPrefix}|${term.terms.join(' ')}`;
    const known = bodyHits.get(key);
    if (known) return known;
    folded ??= foldWithOffsets(texts.text);
    const hits: TextRange[] = [];
    // Every hit holds each term as it is: a text lacking one has none, found without the
    // pattern (whose look-behind makes it test every position of a long text).
    if (!term.terms.every((word) => folded!.folded.includes(word))) {
      bodyHits.set(key, hits);
      return hits;
    }
    for (const match of folded.folded.matchAll(patternOf(term))) {
      const start = folded.origin[match.index]!;
      const end = folded.origin[match.index + match[0].length]!;
      const hit = { start, end };
      if (includeChrome || !overlapsAny(hit, texts.chromeRanges)) hits.push(hit);
    }
    bodyHits.set(key, hits);
    return hits;
  };

  interface Outcome {
    ok: boolean;
    hits: TextRange[];
    inField: boolean;
  }
  const none: TextRange[] = [];
  // A branch's hits count only when the branch holds: in `(a b) OR c`, a's hits are not
  // results when b is absent.
  const evaluate = (current: TextNode): Outcome => {
    switch (current.kind) {
      case 'term': {
        if (current.field !== 'body') {
          const field = current.field === 'title' ? texts.title : texts.byline;
          const ok = patternOf(current).test(foldText(field));
          return { ok, hits: none, inField: ok };
        }
        const hits = findInBody(current);
        return { ok: hits.length > 0, hits, inField: false };
      }
      case 'not':
        return { ok: !evaluate(current.child).ok, hits: none, inField: false };
      case 'and': {
        // The first child that fails decides: the others need not be looked for.
        const outcomes: Outcome[] = [];
        for (const child of current.children) {
          const outcome = evaluate(child);
          if (!outcome.ok) return { ok: false, hits: none, inField: false };
          outcomes.push(outcome);
        }
        return merge(outcomes);
      }
      case 'or': {
        const held = current.children.map(evaluate).filter((outcome) => outcome.ok);
        return held.length > 0 ? merge(held) : { ok: false, hits: none, inField: false };
      }
    }
  };
  const merge = (outcomes: Outcome[]): Outcome => ({
    ok: true,
    hits: outcomes.flatMap((outcome) => outcome.hits),
    inField: outcomes.some((outcome) => outcome.inField),
  });

  const outcome = evaluate(node);
  if (!outcome.ok) return { isMatch: false, hits: [], isFieldMatch: false };
  const collected = [...outcome.hits];
  collected.sort((a, b) => a.start - b.start || a.end - b.end);
  const hits = collected.filter(
    (hit, index) =>
      index === 0 ||
      hit.start !== collected[index - 1]!.start ||
      hit.end !== collected[index - 1]!.end,
  );
  return { isMatch: true, hits, isFieldMatch: outcome.inField };
}
