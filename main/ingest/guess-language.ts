/**
 * The language of an article, for the library's column and for analysts' filters.
 */
import { franc } from 'franc-min';
import { boundedMemo } from './bounded-memo';
import { primaryLanguage, toIso6391 } from './language-codes';

/** Characters of prose given to the detector: franc-min reads no more than 2048. */
const SAMPLE_CHARS = 2048;
// Lines shorter than this are mostly menus, bylines and dates; longer ones are prose.
const MIN_PROSE_LINE = 60;
const MAX_CHARS_SEARCHED = 512 * 1024;
/** Below 20 letters franc-min's guess is noise (a regex, so nothing is allocated). */
const HAS_ENOUGH_LETTERS = /(?:\P{L}*\p{L}){20}/u;

/**
 * The text franc sees: the longest lines first, up to 2048 characters. Page dumps start
 * with menus in the site's language (short lines) before an article in another one.
 */
export function languageSample(text: string): string {
  const lines = text.slice(0, MAX_CHARS_SEARCHED).split('\n');
  const prose = lines.filter((line) => line.length >= MIN_PROSE_LINE);
  const pool = prose.length > 0 ? prose : lines;
  const sorted = [...pool].sort((a, b) => b.length - a.length);
  const picked: string[] = [];
  let size = 0;
  for (const line of sorted) {
    if (size >= SAMPLE_CHARS) break;
    picked.push(line);
    size += line.length + 1;
  }
  return picked.join('\n').slice(0, SAMPLE_CHARS);
}

// franc's trigrams barely separate Russian from Serbian Cyrillic in a sentence or two, but
// their alphabets do: ы and э are Russian (and Belarusian), ј љ њ ћ ђ џ are Serbian.
const EXCLUSIONS: readonly [letters: RegExp, excluded: readonly string[]][] = [
  [/[ыэЫЭ]/u, ['srp', 'bos', 'bul', 'ukr']],
  [/[јљњћђџЈЉЊЋЂЏ]/u, ['rus', 'ukr', 'bel', 'bul', 'kaz']],
];

function excludedByAlphabet(sample: string): string[] {
  return EXCLUSIONS.flatMap(([letters, excluded]) => (letters.test(sample) ? excluded : []));
}

/**
 * The ISO 639-1 code of the language of `text` (`fr`, `tr`, ...), or `und` when unknown.
 * A language declared by the source (`declared`, e.g. an HTML `lang` attribute such as
 * `fr-FR`) wins when it is a valid tag; otherwise franc-min guesses from a sample of the
 * longest lines. Pure.
 */
export function guessLanguage(text: string, declared?: string): string {
  const fromTag = declared === undefined ? undefined : primaryLanguage(declared);
  if (fromTag !== undefined) return fromTag;
  const sample = languageSample(text);
  if (!HAS_ENOUGH_LETTERS.test(sample)) return 'und';
  return languageOfSample(sample);
}

/**
 * franc-min's answer for a sample, remembered. Samples recur: a site's menus and footers on
 * every dump, and a dump's body once more when its site's chrome is known (`withSiteChrome`),
 * which rarely changes its longest lines. franc was two thirds of ingesting the ingest-ui
 * bench's dumps once lines were remembered too (`line-features.ts`).
 */
const languageOfSample = boundedMemo(
  (sample) => toIso6391(franc(sample, { ignore: excludedByAlphabet(sample) })),
  1_000_000,
);
