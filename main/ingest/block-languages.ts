/**
 * The language of each block of an article, for texts that mix them: an opinion piece in
 * French inside a Turkish blog's menus and footers. Each run of article body that ingestion
 * found is one block (its language is the article's, usually known already); page chrome,
 * which mixes menus in the site's language with headlines in others, is cut at blank
 * lines. Blocks too short to tell take no language, neighbours in one language merge, and
 * the number of guesses is capped, so a clean article costs none and a dump a few.
 */
import type { LanguageRange, TextRange } from '../../preload/api';
import { boundedMemo } from './bounded-memo';
import { guessLanguage } from './guess-language';

/** At most this many blocks are guessed (about 0.3 ms each); later ones take no language. */
const MAX_GUESSES = 24;
/** Ranges kept with the article's metadata: the library loads them with every row. */
export const MAX_LANGUAGE_RANGES = 64;

/** Fewer than 40 letters and a guess is noise: the run is `und`. */
const LETTERS = /(?:\P{L}*\p{L}){40}/u;
// Remembered: a site's menus and footers are the same blocks on every dump, and a dump's
// blocks are looked at again once its site's chrome is known (`withSiteChrome`).
const hasEnoughLetters = boundedMemo((block) => LETTERS.test(block), 1_000_000);

/** `range` of `text` cut at blank lines. */
function paragraphsOf(text: string, range: TextRange): TextRange[] {
  const blocks: TextRange[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  separator.lastIndex = range.start;
  let start = range.start;
  for (let match = separator.exec(text); match && match.index < range.end;) {
    if (match.index > start) blocks.push({ start, end: match.index });
    start = Math.min(range.end, match.index + match[0].length);
    match = separator.exec(text);
  }
  if (start < range.end) blocks.push({ start, end: range.end });
  return blocks;
}

/** `text` cut into alternating runs: the body ranges, and what lies between them. */
export function runsOf(text: string, bodyRanges: readonly TextRange[]): TextRange[] {
  const runs: TextRange[] = [];
  let at = 0;
  for (const body of bodyRanges) {
    if (body.start > at) runs.push({ start: at, end: body.start });
    if (body.end > body.start) runs.push({ start: body.start, end: body.end });
    at = Math.max(at, body.end);
  }
  if (at < text.length) runs.push({ start: at, end: text.length });
  return runs;
}

/**
 * Ranges of `text` by language (ISO 639-1, `und` where too short to tell), in text order,
 * over the runs of body and chrome; a run matching `known` (the body's language when
 * already guessed) is not guessed again. Pure.
 */
export function blockLanguages(
  text: string,
  bodyRanges: readonly TextRange[],
  known?: { range: TextRange; language: string },
): LanguageRange[] {
  let guesses = 0;
  const ranges: LanguageRange[] = [];
  const isBody = (run: TextRange) => bodyRanges.some((b) => b.start === run.start);
  const blocks = runsOf(text, bodyRanges).flatMap((run) =>
    isBody(run) ? [run] : paragraphsOf(text, run),
  );
  for (const run of blocks) {
    const slice = text.slice(run.start, run.end);
    const isKnown = known && known.range.start === run.start && known.range.end === run.end;
    const canGuess = !isKnown && guesses < MAX_GUESSES && hasEnoughLetters(slice);
    if (canGuess) guesses++;
    const language = isKnown ? known.language : canGuess ? guessLanguage(slice) : 'und';
    const last = ranges.at(-1);
    if (last && (last.language === language || language === 'und')) last.end = run.end;
    else if (last?.language === 'und' && ranges.at(-2)?.language === language) {
      ranges.pop();
      ranges.at(-1)!.end = run.end;
    } else ranges.push({ ...run, language });
  }
  return ranges.slice(0, MAX_LANGUAGE_RANGES);
}

/** The text of `ranges` joined, for guessing the language of the article body alone. */
export function textOf(text: string, ranges: readonly TextRange[]): string {
  return ranges.map((range) => text.slice(range.start, range.end)).join('\n');
}
