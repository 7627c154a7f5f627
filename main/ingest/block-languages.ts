/**
 * The language of each block of an article, for texts that mix them: an opinion piece in
 * French inside a Turkish blog's menus and footers. Blocks are runs of lines between blank
 * lines; each with enough letters gets franc-min's guess, short ones take no language, and
 * neighbours in one language merge into one range.
 */
import type { LanguageRange, TextRange } from '../../preload/api';
import { guessLanguage } from './guess-language';

/** Fewer letters than this and a guess is noise: the block is `und`. */
const MIN_LETTERS = 40;
/** At most this many blocks are guessed (about 0.2 ms each), so a 20 MB dump stays fast. */
const MAX_GUESSES = 400;
/** Ranges kept with the article's metadata: the library loads them with every row. */
export const MAX_LANGUAGE_RANGES = 64;

const LETTER = /\p{L}/gu;
const countLetters = (text: string) => text.match(LETTER)?.length ?? 0;

function blocksOf(text: string): TextRange[] {
  const blocks: TextRange[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) blocks.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) blocks.push({ start, end: text.length });
  return blocks;
}

/**
 * Ranges of `text` by language (ISO 639-1, `und` where too short to tell), in text order,
 * covering every block; `und` blocks between two of one language join them. Pure.
 */
export function blockLanguages(text: string): LanguageRange[] {
  let guesses = 0;
  const ranges: LanguageRange[] = [];
  for (const block of blocksOf(text)) {
    const slice = text.slice(block.start, block.end);
    const canGuess = guesses < MAX_GUESSES && countLetters(slice) >= MIN_LETTERS;
    if (canGuess) guesses++;
    const language = canGuess ? guessLanguage(slice) : 'und';
    const last = ranges.at(-1);
    if (last && (last.language === language || language === 'und')) last.end = block.end;
    else if (last?.language === 'und' && ranges.at(-2)?.language === language) {
      ranges.pop();
      ranges.at(-1)!.end = block.end;
    } else ranges.push({ ...block, language });
  }
  return ranges.length > MAX_LANGUAGE_RANGES ? coarsen(ranges) : ranges;
}

/** Past the cap, the shortest ranges join the one before them. */
function coarsen(ranges: LanguageRange[]): LanguageRange[] {
  const merged = [...ranges];
  while (merged.length > MAX_LANGUAGE_RANGES) {
    let shortest = 1;
    for (let i = 2; i < merged.length; i++) {
      const size = (r: LanguageRange) => r.end - r.start;
      if (size(merged[i]!) < size(merged[shortest]!)) shortest = i;
    }
    merged[shortest - 1]!.end = merged[shortest]!.end;
    merged.splice(shortest, 1);
  }
  return merged;
}

/** The text of `ranges` joined, for guessing the language of the article body alone. */
export function textOf(text: string, ranges: readonly TextRange[]): string {
  return ranges.map((range) => text.slice(range.start, range.end)).join('\n');
}
