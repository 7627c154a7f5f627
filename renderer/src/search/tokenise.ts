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
 */
import { foldText } from './fold-text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const APOSTROPHES = /['’ʼ]+/u;
/** Longest piece handed to the segmenter; cut at the last space before it. */
const PIECE = 256;

function segmentInto(piece: string, terms: string[]): void {
  for (const segment of segmenter.segment(piece)) {
    if (!segment.isWordLike) continue;
    for (const part of segment.segment.split(APOSTROPHES)) if (part !== '') terms.push(part);
  }
}

/** The folded terms of `text`, in order, repeats kept. */
export function tokenise(text: string): string[] {
  const terms: string[] = [];
  for (const line of foldText(text).split('\n')) {
    let at = 0;
    while (line.length - at > PIECE) {
      const space = line.lastIndexOf(' ', at + PIECE);
      const end = space > at ? space : at + PIECE;
      segmentInto(line.slice(at, end), terms);
      at = end;
    }
    segmentInto(at === 0 ? line : line.slice(at), terms);
  }
  return terms;
}
