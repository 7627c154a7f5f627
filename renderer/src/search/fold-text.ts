/**
 * Folding for search: case and diacritics removed, so "Mélenchon" finds "MELENCHON" and
 * "İstanbul" finds "Istanbul". Every search compares folded text with folded text: the index
 * stores folded terms, and a candidate article's text is folded (with an offset map back to
 * the stored text) to confirm a hit and place it exactly.
 *
 * The rule, one code point at a time: canonical decomposition (NFD), combining marks dropped,
 * lower case, then the letters that carry their difference in the base letter rather than a
 * mark mapped to their nearest ASCII letter (ı, ø, ł, đ, ß, æ, œ…).
 *
 * Turkish dotted and dotless i. İ (U+0130) decomposes to I + dot above, so it folds to i; I
 * folds to i; and ı (U+0131) folds to i as well. So "Istanbul", "İstanbul", "ISTANBUL" and
 * "istanbul" all match, and an upper-case Turkish heading "ILIK" (which Turkish reads as ılık)
 * still matches "ılık". The price is the one every diacritics-insensitive search pays: "ılık"
 * (lukewarm) and "ilik" (marrow) fold alike, as French "côte" and "cote" do. Keeping ı apart
 * would make the result depend on the case the text happened to be written in (a Turkish
 * "ILIK" and an English "Ilik" are the same letters), which is worse than a wider match.
 *
 * Greek final sigma. ς and σ are one letter written two ways, and which one Σ lowers to
 * depends on its neighbours when a whole string is lowered but not when one letter is: both
 * fold to σ, so the whole-string fold (the index, queries) and the letter-at-a-time fold (the
 * text check) agree, and "ΟΔΥΣΣΕΑΣ", "Οδυσσέας" and "οδυσσεας" are one word.
 */

/** Letters whose difference is in the base letter, not a combining mark: NFD leaves them. */
const BASE_LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  þ: 'th',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ĸ: 'k',
  ŀ: 'l',
  ſ: 's',
  // Greek final sigma: the same letter as σ in another position. Lower-casing Σ gives ς or σ
  // depending on the letters around it (a whole string at once) or σ (one letter at a time),
  // so without this "ΟΔΥΣΣΕΑΣ" folds to "οδυσσεας" in the index and "οδυσσεασ" in the check.
  ς: 'σ',
  // Typographic apostrophe and the modifier letter: one spelling, so "l’Europe" = "l'Europe".
  '’': "'",
  ʼ: "'",
};

const COMBINING_MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** The folded form of one code point (possibly empty for a lone combining mark, or longer: ß). */
export function foldCodePoint(codePoint: string): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const lower = codePoint.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  let folded = '';
  for (const unit of lower.normalize('NFD').replace(COMBINING_MARKS, '')) {
    folded += BASE_LETTER_FOLDS[unit] ?? unit;
  }
  foldCache.set(codePoint, folded);
  return folded;
}

const BASE_LETTERS = new RegExp(`[${Object.keys(BASE_LETTER_FOLDS).join('')}]`, 'gu');

/**
 * `text` folded (see the module comment), the same as `foldWithOffsets(text).folded` but
 * in whole-string passes: indexing folds every stored text, and this is ~10× faster.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(BASE_LETTERS, (letter) => BASE_LETTER_FOLDS[letter]!);
}

/** A folded text and, for each of its code units, the stored-text offset it came from. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is where folded unit `i` starts in the source; `origin[folded.length]` is its end. */
  origin: Uint32Array;
}

const NON_ASCII = /[^\0-\x7f]/g;

/**
 * Folds `text` keeping an offset map, so a match in the folded text maps back to the exact
 * UTF-16 range of the stored text (a folded unit may come from two source units, or one
 * source code point may fold to two units: ß → ss). Most of a French, English or Turkish
 * text is ASCII, whose folding is its lower case, unit for unit: runs of it are lowered in
 * one call and their offsets written in a typed array; only the other code points are folded
 * one at a time. (A unit at a time, this was most of a search's text check.)
 */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  let origin = new Uint32Array(text.length + 16);
  let length = 0;
  const reserve = (units: number) => {
    if (length + units < origin.length) return;
    const grown = new Uint32Array(Math.max(origin.length * 2, length + units + 1));
    grown.set(origin.subarray(0, length));
    origin = grown;
  };
  let i = 0;
  while (i < text.length) {
    NON_ASCII.lastIndex = i;
    const found = NON_ASCII.exec(text);
    const runEnd = found ? found.index : text.length;
    if (runEnd > i) {
      parts.push(text.slice(i, runEnd).toLowerCase());
      reserve(runEnd - i);
      for (let at = i; at < runEnd; at++) origin[length++] = at;
      i = runEnd;
      if (!found) break;
    }
    // A high surrogate takes the unit after it whatever that is, as a pair would.
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const point = isPair ? text.slice(i, i + 2) : text[i]!;
    const folded = foldCodePoint(point);
    parts.push(folded);
    reserve(folded.length);
    for (let unit = 0; unit < folded.length; unit++) origin[length++] = i;
    i += point.length;
  }
  reserve(0);
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.subarray(0, length + 1) };
}
