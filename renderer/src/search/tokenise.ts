/**
 * Words for the index and for queries, with `Intl.Segmenter` (Unicode word boundaries, UAX
 * #29), so no language needs its own splitting rules. A word is then split at apostrophes:
 * the segmenter keeps French elisions and Turkish suffixes whole ("l'europe", "istanbul'da"),
 * but an analyst searching "Europe" or "İstanbul" means those words too. The parts are the
 * terms; the phrase check against the text (`find-hits.ts`) lets any punctuation sit between
 * them, so "l'Europe" as a query still matches exactly that spelling.
 *
 * V8's segmenter slows down sharply on long strings (measured: a 5,000-character text
 * segments 6× slower per character than its lines one by one, a 3 MB one never finished), so
 * the text is segmented a line at a time, and a long line in pieces cut at a space.
 *
 * The text check (`find-hits.ts`) sees a word where no letter or digit stands either side of
 * it. A segmenter's word mostly has the same edges, but not always: it splits "réforme²" (a
 * superscript is a digit to the check, not to the segmenter), a Latin word touching Han or
 * Thai letters, and a long line cut where it has no space. `tokeniseChecked` says when a text
 * has such a word, so the index knows where its words are the check's words (`search-index.ts`).
 */
import { foldText } from './fold-text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const APOSTROPHES = /['’ʼ]+/u;
/** Longest piece handed to the segmenter; cut at the last space before it. */
const PIECE = 256;
/** What the text check counts as part of a word (its look-arounds), at a string's end or start. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;

/** ASCII letters and digits: most neighbours, answered without a regular expression. */
function isAsciiWordUnit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a)
  );
}

function isWordCharBefore(line: string, at: number): boolean {
  if (at === 0) return false;
  const code = line.charCodeAt(at - 1);
  if (code < 0x80) return isAsciiWordUnit(code);
  return WORD_CHAR_BEFORE.test(line.slice(Math.max(0, at - 2), at));
}

function isWordCharAt(line: string, at: number): boolean {
  if (at >= line.length) return false;
  const code = line.charCodeAt(at);
  if (code < 0x80) return isAsciiWordUnit(code);
  return WORD_CHAR_AFTER.test(line.slice(at, at + 2));
}

/** The terms of `text` and whether one of its words is not a word to the text check. */
export interface CheckedTerms {
  terms: string[];
  hasSplitWord: boolean;
}

/** Segments `line` from `from` to `to`; answers whether a word there touches a letter or digit. */
function segmentInto(line: string, from: number, to: number, terms: string[]): boolean {
  let hasSplitWord = false;
  const piece = from === 0 && to === line.length ? line : line.slice(from, to);
  for (const segment of segmenter.segment(piece)) {
    if (!segment.isWordLike) continue;
    for (const part of segment.segment.split(APOSTROPHES)) if (part !== '') terms.push(part);
    // Neighbours in the whole line, so a piece cut inside a word counts too.
    const start = from + segment.index;
    const end = start + segment.segment.length;
    if (isWordCharBefore(line, start) || isWordCharAt(line, end)) hasSplitWord = true;
  }
  return hasSplitWord;
}

/** The folded terms of `text`, in order, repeats kept, and whether a word was split (above). */
export function tokeniseChecked(text: string): CheckedTerms {
  const terms: string[] = [];
  let hasSplitWord = false;
  for (const line of foldText(text).split('\n')) {
    let at = 0;
    while (line.length - at > PIECE) {
      const space = line.lastIndexOf(' ', at + PIECE);
      const end = space > at ? space : at + PIECE;
      if (segmentInto(line, at, end, terms)) hasSplitWord = true;
      at = end;
    }
    if (segmentInto(line, at, line.length, terms)) hasSplitWord = true;
  }
  return { terms, hasSplitWord };
}

/** The folded terms of `text`, in order, repeats kept. */
export function tokenise(text: string): string[] {
  return tokeniseChecked(text).terms;
}
