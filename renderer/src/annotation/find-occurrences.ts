/**
 * Finding every occurrence of a name (and its aliases) in an article, to propose mentions
 * the analyst has not annotated yet. Matching is whole-word and, by default, ignores case
 * and diacritics, so `Bairamov` finds `Baïramov` and `İlham` finds `Ilham`.
 *
 * The text is folded once (NFD, lower case, combining marks removed, whitespace runs made
 * one space) while recording where each folded unit came from, so a match in the folded
 * text maps back to offsets in the ORIGINAL text, which is what annotations store.
 */
import type { TextSpan } from './types';

/** How text is compared. */
export interface MatchOptions {
  /** Tell `Aliyev` from `aliyev` (default false). */
  caseSensitive?: boolean;
  /** Tell `Baïramov` from `Bairamov` (default false). */
  diacriticSensitive?: boolean;
}

/** What to look for, beyond the phrase itself. */
export interface FindOptions extends MatchOptions {
  /** Other names of the same thing, matched like the phrase. */
  aliases?: readonly string[];
  /** Spans already annotated with this label: a match with exactly this range is left out. */
  skip?: readonly TextSpan[];
}

/** Searches one text for many phrases without folding the text again. */
export interface OccurrenceFinder {
  /** As `findOccurrences`, over the text and match options the finder was built with. */
  find(phrase: string, options?: Omit<FindOptions, keyof MatchOptions>): TextSpan[];
}

/**
 * Every whole-word occurrence of `phrase` or one of `options.aliases` in `text`, as
 * code-unit spans of `text`, sorted, without duplicates. A word boundary is anything but a
 * letter, digit or combining mark. Where matches overlap (an alias inside the full name),
 * the one starting first, then the longest, is kept. Matches equal to a `skip` span are
 * dropped after that choice, so an annotated full name does not yield its alias. A match
 * ends after any combining marks on its last letter, so it never splits a character.
 */
export function findOccurrences(
  text: string,
  phrase: string,
  options: FindOptions = {},
): TextSpan[] {
  return createOccurrenceFinder(text, options).find(phrase, options);
}

/** Folds `text` once (O(n)) for repeated searches, e.g. every entity of the registry. */
export function createOccurrenceFinder(text: string, options: MatchOptions = {}): OccurrenceFinder {
  const fold = createFolder(options);
  const { folded, origin } = foldWithOrigins(text, fold);

  const matchesOf = (term: string): TextSpan[] => {
    const needle = foldWithOrigins(term, fold).folded.trim();
    const matches: TextSpan[] = [];
    if (needle.length === 0) return matches;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const startOrigin = origin[at]!;
      const after = at + needle.length;
      const endOrigin = after === folded.length ? text.length : origin[after]!;
      // A match starting or ending inside one character's folded form (a Hangul syllable
      // decomposes into several jamo) has no honest range in the original text.
      if (startOrigin < 0 || endOrigin < 0) continue;
      if (isWordChar(codePointBefore(text, startOrigin))) continue;
      if (isWordChar(codePointAt(text, endOrigin))) continue;
      matches.push({ start: startOrigin, end: endOrigin });
    }
    return matches;
  };

  return {
    find(phrase, { aliases = [], skip = [] } = {}) {
      const all = [phrase, ...aliases].flatMap(matchesOf);
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const skipped = new Set(skip.map((span) => `${span.start}:${span.end}`));
      const kept: TextSpan[] = [];
      let reached = -1;
      for (const match of all) {
        if (match.start < reached) continue;
        reached = match.end;
        if (!skipped.has(`${match.start}:${match.end}`)) kept.push(match);
      }
      return kept;
    },
  };
}

type Fold = (char: string) => string;

/**
 * `folded`, and for each of its code units the offset in `source` of the character it came
 * from, or -1 when it is not the first unit of that character's folded form. Characters
 * that fold to nothing (combining marks, the rest of a whitespace run) leave no unit, so
 * they end up inside the preceding match.
 */
function foldWithOrigins(source: string, fold: Fold): { folded: string; origin: Int32Array } {
  const pieces: string[] = [];
  const origin: number[] = [];
  let wasSpace = false;
  for (let i = 0; i < source.length;) {
    const code = source.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    // ASCII needs no regex: most news text is mostly ASCII, and this loop sees every unit.
    const isSpace = code < 128 ? code === 32 || (code >= 9 && code <= 13) : /^\s$/u.test(char);
    const piece = isSpace ? (wasSpace ? '' : ' ') : fold(char);
    wasSpace = isSpace;
    for (let unit = 0; unit < piece.length; unit++) origin.push(unit === 0 ? i : -1);
    pieces.push(piece);
    i += char.length;
  }
  return { folded: pieces.join(''), origin: Int32Array.from(origin) };
}

function createFolder({ caseSensitive = false, diacriticSensitive = false }: MatchOptions): Fold {
  const cache = new Map<string, string>();
  return (char) => {
    let folded = cache.get(char);
    if (folded === undefined) {
      folded = char.normalize('NFD');
      // Lower-case before stripping marks: `İ` lowers to `i` + U+0307, which then goes.
      // Final sigma is σ written at a word's end: lowered a letter at a time, Σ is always σ,
      // so "ΟΔΥΣΣΕΑΣ" would never match "Οδυσσέας" (search folds the same way: `fold-text.ts`).
      if (!caseSensitive) folded = folded.toLowerCase().replace('ς', 'σ');
      if (!diacriticSensitive) folded = folded.replace(/\p{Mn}/gu, '');
      cache.set(char, folded);
    }
    return folded;
  };
}

function isWordChar(char: string): boolean {
  return char !== '' && /^[\p{L}\p{N}\p{M}]/u.test(char);
}

function codePointAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  const isPair = low >= 0xdc00 && low <= 0xdfff && offset >= 2;
  return codePointAt(text, isPair ? offset - 2 : offset - 1);
}
