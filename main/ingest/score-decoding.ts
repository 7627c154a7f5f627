/**
 * How wrong a decoding looks: the judge between candidate legacy encodings.
 *
 * Statistical detectors (chardet) rank encodings by byte frequencies and often tie between
 * close relatives: windows-1252 and windows-1254 differ in only six letters, and a Turkish
 * text read as windows-1252 shows "Dýþiþleri" where it should show "Dışişleri". Those wrong
 * letters are real letters, so the judge looks at the shape of words instead: characters no
 * text contains, symbols inside words, scripts mixed within a word, case flipping inside a
 * word, letters that only Icelandic uses, and accented letters that no one language uses
 * together. Only words with a non-ASCII character are looked at, since ASCII decodes the
 * same in every candidate.
 */

/** Counts of implausible characters and words in one decoding of a sample. */
export interface DecodingFlaws {
  /** U+FFFD (undefined byte) and control characters that text does not contain. */
  badChars: number;
  /** Words whose shape no language gives them (mojibake). */
  badWords: number;
  /** Words looked at: those with a non-ASCII character. */
  words: number;
  /** Distinct accented Latin letters that no single language's alphabet explains. */
  foreignLetters: number;
  /** Characters looked at, for ratios. */
  chars: number;
}

import { lettersOutsideBestAlphabet } from './latin-alphabets';

// A whitespace-delimited token holding a non-ASCII character: the only tokens that read
// differently from one candidate to another.
const NON_ASCII_TOKEN = /\S*\P{ASCII}\S*/gu;
const NON_ASCII_LATIN_LETTER = /(?!\p{ASCII})\p{Script=Latin}/gu;
const ASCII_LETTER = /[A-Za-z]/;
// U+FFFD, C1 controls (0x80–0x9F decoded by an ISO-8859 table), and C0 controls except
// tab, LF, VT, FF and CR.
const BAD_CHAR = /\ufffd|(?![\t\n\v\f\r\x7f])\p{Cc}/gu;

// One pass for the shapes no word has, in order:
// - a symbol between two letters ("w³asny": Polish ł read as windows-1252);
// - a Latin-1 symbol glued to a letter, where ISO-8859-15 has Œ œ Š š Ž ž Ÿ € ("¼uvre");
// - Þ þ Ð ð, Icelandic and Faroese only, in a news corpus almost always the windows-1252
//   reading of Turkish Ş ş Ğ ğ;
// - a lower-case letter followed by a capital, one of them non-ASCII ("мИНИСТР": KOI8-R
//   read as windows-1251), while "iPhone" stays innocent.
const IMPLAUSIBLE_SHAPE = new RegExp(
  [
    String.raw`\p{L}[\p{S}\p{No}\p{Co}\p{Cn}]+\p{L}`,
    String.raw`[¤¦¨¸¼½¾]\p{L}|\p{L}[¤¦¨¸¼½¾]`,
    '[ÞþÐð]',
    String.raw`\p{Ll}(?=\P{ASCII})\p{Lu}|(?=\P{ASCII})\p{Ll}\p{Lu}`,
  ].join('|'),
  'u',
);
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_SCRIPTS: readonly RegExp[] = [
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Thai}/u,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
];

// "médian" read as windows-1251 is "mщdian": Latin and Cyrillic in one word.
function mixesScripts(word: string): boolean {
  // Most words are Latin only: one test settles them.
  if (!NON_LATIN_LETTER.test(word)) return false;
  if (LATIN_LETTER.test(word)) return true;
  let seen = 0;
  for (const script of OTHER_SCRIPTS) if (script.test(word) && ++seen > 1) return true;
  return false;
}

/**
 * Counts the flaws of `text`, one candidate decoding of a sample. Lower is more plausible;
 * counts are comparable between decodings of the same bytes. Pure and linear in the text.
 */
export function scoreDecoding(text: string): DecodingFlaws {
  const badChars = text.match(BAD_CHAR)?.length ?? 0;
  let badWords = 0;
  let words = 0;
  const latinLetters = new Set<string>();
  for (const [word] of text.matchAll(NON_ASCII_TOKEN)) {
    words++;
    const accented = word.toLowerCase().match(NON_ASCII_LATIN_LETTER) ?? [];
    for (const letter of accented) latinLetters.add(letter);
    // Cyrillic bytes read as Latin-1 give words of accented letters only ("Ìèíèñòð");
    // real words of four letters or more nearly always have a plain one ("ışık").
    const isAllAccented = accented.length >= 4 && !ASCII_LETTER.test(word);
    if (isAllAccented || IMPLAUSIBLE_SHAPE.test(word) || mixesScripts(word)) badWords++;
  }
  const foreignLetters = lettersOutsideBestAlphabet(latinLetters);
  return { badChars, badWords, words, foreignLetters, chars: text.length };
}
