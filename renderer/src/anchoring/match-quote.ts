/**
 * Finding a quote in a text: the best placement of an annotation's `TextQuote` near an
 * expected offset, as Hypothesis' `match-quote.ts` does, with an exact fast path and an
 * approximate search (Myers' bit-parallel algorithm, via `approx-string-match`) behind it.
 */
import approxSearch from 'approx-string-match';
import type { TextQuote, TextSpan } from '../annotation/types';

/** A placement of a quote and how well it fits (0 to 1; 1 is the quote in its context). */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and the matched text. */
  errors: number;
  score: number;
}

/** Where to look and what counts as found. */
export interface MatchQuoteOptions {
  /** The expected start offset: nearness to it weighs a tenth of the score (see weights). */
  hint?: number;
  /** Search only here (context is still read from the whole text). Default: everywhere. */
  range?: TextSpan;
  /** Skip the approximate search: only verbatim occurrences count. */
  isExactOnly?: boolean;
  /** Reject an approximate match scoring below this (default `MIN_FUZZY_SCORE`). */
  minScore?: number;
}

/**
 * Errors allowed per code unit of the quote. A quarter lets a word be changed in a clause
 * while a deleted quote does not match unrelated text of the same length (Hypothesis allows
 * a half, and relies on the reader to spot wrong placements; our orphans are reviewed
 * instead). Quotes under 4 code units therefore only match verbatim.
 */
export const MAX_ERROR_RATE = 0.25;

/** Below this an approximate match is treated as not found (the annotation is orphaned). */
export const MIN_FUZZY_SCORE = 0.7;

/**
 * Weights of the score. The quote itself dominates. Prefix and suffix together weigh almost
 * as much: they are what tells a repeated phrase's occurrences apart. Position weighs more
 * than in Hypothesis (2, over the whole text), because our hint comes from a diff and is
 * usually right to within the edit: an occurrence that already existed elsewhere in the old
 * text was another place, so nearness must beat a context differing by a character or two,
 * yet lose to a context that is plainly different (a moved paragraph).
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;
/** Distance (code units) at which the position score has halved: about a sentence. */
const POSITION_SCALE = 64;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Candidates beyond this many are ignored, keeping the nearest to the hint: a quote such as
 * "the" may occur thousands of times, and scoring context costs two small alignments each.
 * The price: a common quote whose paragraph moved far is placed on a nearer twin.
 */
const MAX_CANDIDATES = 50;

/**
 * The best placement of `quote.exact` in `text` (or in `options.range`), or null.
 *
 * Verbatim occurrences are preferred: when there is one, approximate matches are not
 * searched. Candidates are ranked by `scoreMatch`. Approximate matches snap outwards to
 * whole code points and combining sequences, so a placement never splits a character.
 */
export function matchQuote(
  text: string,
  quote: TextQuote,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  const pattern = quote.exact;
  if (pattern.length === 0) return null;
  const from = Math.max(0, options.range?.start ?? 0);
  const to = Math.min(text.length, options.range?.end ?? text.length);
  if (to - from < 1) return null;
  const hint = options.hint;

  let candidates = exactOccurrences(text, pattern, from, to, hint ?? from, MAX_CANDIDATES);
  const isExact = candidates.length > 0;
  if (!isExact && !options.isExactOnly) {
    // Search cost is O(maxErrors / 32 · range length); the 256 cap bounds long quotes.
    const maxErrors = Math.min(256, Math.floor(pattern.length * MAX_ERROR_RATE));
    const region = text.slice(from, to);
    if (maxErrors > 0 && mayMatch(region, pattern, maxErrors)) {
      candidates = approxSearch(region, pattern, maxErrors)
        .slice(0, MAX_CANDIDATES)
        .map((m) => snapToCharacters(text, m.start + from, m.end + from, m.errors));
    }
  }
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreMatch(text, quote, candidate.start, candidate.end, candidate.errors, hint);
    if (!best || score > best.score) best = { ...candidate, score };
  }
  if (best && !isExact && best.score < (options.minScore ?? MIN_FUZZY_SCORE)) return null;
  return best;
}

/**
 * The score of placing `quote` at [start, end) of `text` with `errors` edits in the quote:
 * weighted quote, prefix, suffix and position similarity, normalised to 0..1.
 */
export function scoreMatch(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  errors: number,
  hint?: number,
): number {
  const quoteScore = 1 - Math.min(1, errors / quote.exact.length);
  const prefixScore = similarity(
    text.slice(Math.max(0, start - quote.prefix.length), start),
    quote.prefix,
  );
  const suffixScore = similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  // Hyperbolic rather than linear in the text length: only nearness at sentence scale counts.
  const positionScore = hint === undefined ? 1 : 1 / (1 + Math.abs(start - hint) / POSITION_SCALE);
  return (
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT
  );
}

/**
 * How similar `actual` is to `expected`, 0 to 1: one minus the edit distance of `expected`
 * to its best match in `actual`, per code unit. An empty expectation (quote at the start or
 * end of its text) is met by anything.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  if (expected.length <= 32) {
    return 1 - Math.min(expected.length, substringDistance(actual, expected)) / expected.length;
  }
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/**
 * Edit distance from `pattern` (at most 32 code units) to its best-matching substring of
 * `text`: Myers' bit-vector algorithm in one machine word. `approx-string-match` computes
 * the same, but its set-up per call dominates for 32-unit contexts, and context is scored
 * for every candidate.
 */
export function substringDistance(text: string, pattern: string): number {
  const m = pattern.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const unit = pattern.charCodeAt(i);
    peq.set(unit, (peq.get(unit) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    // The sum may carry past bit 31; `^` truncates it back to 32 bits, as intended.
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // No carry-in at row 0: a match may start anywhere in the text.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/**
 * Whether `region` can hold `pattern` with at most `maxErrors` edits. Pigeonhole: cut the
 * pattern into maxErrors + 1 pieces; each edit spoils at most one, so any such match holds
 * one piece verbatim. A few `includes` calls save a full approximate search of most regions.
 */
function mayMatch(region: string, pattern: string, maxErrors: number): boolean {
  const pieceLength = Math.floor(pattern.length / (maxErrors + 1));
  if (pieceLength === 0) return true;
  for (let i = 0; i <= maxErrors; i++) {
    const end = i === maxErrors ? pattern.length : (i + 1) * pieceLength;
    if (region.includes(pattern.slice(i * pieceLength, end))) return true;
  }
  return false;
}

/**
 * Verbatim occurrences in [from, to), walking outwards from `center` so that a quote
 * occurring thousands of times costs `limit` look-ups, not thousands. Nearest first.
 */
function exactOccurrences(
  text: string,
  pattern: string,
  from: number,
  to: number,
  center: number,
  limit: number,
) {
  // Searching a slice bounds each look-up by the range, not by the end of the text.
  const region = text.slice(from, to);
  const middle = Math.min(Math.max(center - from, 0), region.length);
  const starts: number[] = [];
  for (let at = region.indexOf(pattern, middle); at !== -1 && starts.length < limit;) {
    starts.push(at);
    at = region.indexOf(pattern, at + 1);
  }
  const forward = starts.length;
  for (let at = middle > 0 ? region.lastIndexOf(pattern, middle - 1) : -1; at !== -1;) {
    if (starts.length - forward >= limit) break;
    starts.push(at);
    at = at > 0 ? region.lastIndexOf(pattern, at - 1) : -1;
  }
  const distance = (at: number) => Math.abs(at - middle);
  return starts
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, limit)
    .map((at) => ({ start: at + from, end: at + from + pattern.length, errors: 0 }));
}

const COMBINING_MARK = /\p{M}/u;

/**
 * Widens [start, end) so it neither splits a surrogate pair nor separates a base character
 * from its combining marks: the approximate search counts code units and would otherwise
 * happily end a match between 'e' and U+0301.
 */
function snapToCharacters(text: string, start: number, end: number, errors: number) {
  const isLowSurrogate = (at: number) => {
    const unit = text.charCodeAt(at);
    return unit >= 0xdc00 && unit <= 0xdfff;
  };
  let s = start;
  let e = end;
  while (s > 0 && (isLowSurrogate(s) || COMBINING_MARK.test(text[s]!))) s--;
  while (e < text.length && (isLowSurrogate(e) || COMBINING_MARK.test(text[e]!))) e++;
  return { start: s, end: e, errors };
}
