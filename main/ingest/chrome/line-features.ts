/**
 * What one line of a page dump looks like: its offsets, its shape, and which chrome
 * vocabulary it matches. `detect-chrome.ts` scores and groups these; nothing here looks at
 * a line's neighbours except the repeat count and the code block a line may belong to.
 */
import {
  BYLINE_STARTS,
  COMMENT_MARKERS,
  COOKIE_BUTTONS,
  foldCase,
  FOOTER_WORDS,
  MONTHS,
  NAVIGATION_STARTS,
  REACTION_WORDS,
  RELATED_MARKERS,
  SHARE_WORDS,
  TEASER_MARKERS,
  TICKER_WORDS,
} from './chrome-keywords';
import { boundedMemo } from '../bounded-memo';
import { isMixedCase } from '../extract-title';
import {
  codeBlockLines,
  countWords,
  galleryLines,
  isCodeLike,
  isTitleCase,
  runLengths,
  wrappedLines,
} from './line-shape';

/** Chrome kinds a line can show on its own, before its neighbours are considered. */
export type LineHint =
  'navigation' | 'ticker' | 'share-widget' | 'reactions' | 'related-marker' | 'footer';

/** What a line is from its clean text alone, whatever its place in the page. */
export interface CleanLineFeatures {
  readonly isBlank: boolean;
  readonly words: number;
  readonly endsSentence: boolean;
  readonly isHeadlineShaped: boolean;
  readonly isByline: boolean;
  readonly isNameLike: boolean;
  readonly isAllCaps: boolean;
  /** A dateline or time stamp ("15 mars 2025", "14.03.2025 10:25"). */
  readonly isDateLike: boolean;
  /** A heading that ends the article: "Yorumlar (3)", "İlgili Haberler" alone on its line. */
  readonly isSectionBreak: boolean;
  /** A heading of readers' comments: "Comments", "There are 13 comments", "Yorumlar (3)". */
  readonly isCommentsHeading: boolean;
  readonly hint: LineHint | null;
  /** A Title Case headline, as teasers are (see `isTitleCase`). */
  readonly isTitleCase: boolean;
}

/** One `\n`-separated line; `start`/`end` are UTF-16 offsets, `end` before the `\n`. */
export interface LineInfo extends CleanLineFeatures {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The line without bullets and surrounding spaces. */
  readonly clean: string;
  readonly isBullet: boolean;
  /** Indexes of every line with the same `clean` text (this one included). */
  readonly occurrences: readonly number[];
  /** The line was seen on other pages of the same site. */
  readonly isKnownChrome: boolean;
  /** Code or raw markup (`<img src=…>`, `"key": …`, `});`), see `isCodeLike`. */
  readonly isCode: boolean;
  /** Part of a paragraph hard-wrapped over several lines (see `wrappedLines`). */
  readonly isWrapped: boolean;
  /**
   * In a run of three or more lines with no blank line between and no line ending a
   * sentence: a list of teasers or links, not paragraphs (which stand apart) nor a list of
   * points in an article (whose items end sentences now and then).
   */
  readonly isInUnpunctuatedRun: boolean;
  /** Part of a slideshow printed as text ("1/50 …" counters, see `galleryLines`). */
  readonly isInGallery: boolean;
}

const BULLET = /^[\s•·▪▫◦‣⁃►▶*+>|-]+/u;
const HAS_LETTER = /\p{L}/u;
// Closing quotes and brackets may follow the full stop ("… a dit le ministre. »"); Chinese
// and Japanese end sentences with 。！？, Arabic and Urdu ask with ؟ and end with ۔.
const MIN_LIST_RUN = 3;
const SENTENCE_END = /[.!?…:;。！？؟۔][\s»"”’)\]」』）]*$|[»"”」]$/u;
const fold = (list: readonly string[]) =>
  [...list.map(foldCase)].sort((a, b) => b.length - a.length);
const SHARE = fold(SHARE_WORDS);
const REACTIONS = fold(REACTION_WORDS);
const RELATED_OR_TEASER = fold([...RELATED_MARKERS, ...TEASER_MARKERS]);
const FOOTER = fold(FOOTER_WORDS);
const NAV_STARTS = fold(NAVIGATION_STARTS);
const TICKER = fold(TICKER_WORDS);
const BYLINES = fold(BYLINE_STARTS);
const COOKIE = fold(COOKIE_BUTTONS);
const COMMENTS = fold(COMMENT_MARKERS);
const MONTH_WORDS = new Set(fold(MONTHS));
// "We use cookies…", "By continuing to browse…", "Log in with your … account to…".
const CONSENT =
  /\b(?:we|this (?:site|website)) uses? cookies\b|\bby continuing to (?:use|browse)\b|\b(?:log in|sign in|sign up|register)\b.{0,60}\baccount\b|nous utilisons des cookies|çerez(?:ler)?i? kullan/u;
const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:h]\d{2}\b/u;

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** True when the line is made of the listed words (glued or not) and nothing else. */
function isOnlyWords(folded: string, list: readonly string[]): boolean {
  if (folded.length > 80 || letters(folded) === 0) return false;
  let rest = folded;
  // Most lines hold none of the words: `includes` spares them a split and a join each.
  for (const word of list) if (rest.includes(word)) rest = rest.split(word).join(' ');
  // Two stray letters are allowed for "X", a counter suffix ("12k") or an icon's letter,
  // but only beside a listed word: "18°C" and "S&P 500" are not widgets.
  return rest !== folded && letters(rest) <= 2;
}

function startsWithWord(clean: string, folded: string, list: readonly string[]): boolean {
  return list.some((word) => {
    if (!folded.startsWith(word)) return false;
    // Long lines are sentences ("Ara seçim…"), unless they are breadcrumbs.
    if (clean.length > 30 && !/[>›»/|]/u.test(clean) && list === NAV_STARTS) {
      const glued = clean.charAt(word.length);
      if (!/\p{Lu}/u.test(glued)) return false;
    }
    const next = clean.charAt(word.length);
    // "Ana SayfaGundem…" (glued breadcrumb) counts, "Homeland" does not.
    return next === '' || !HAS_LETTER.test(next) || next !== next.toLowerCase();
  });
}

function isTicker(clean: string, folded: string): boolean {
  if (clean.length > 40) return false;
  const digits = (clean.match(/\d/g) ?? []).length;
  if (digits === 0) return false;
  const head = TICKER.find((word) => folded.startsWith(word));
  // "USD 40,12", "DOLAR16.76", "EUR/USD 1.0875", "BIST 100 10.245,67".
  if (head && /^(?:\/?\p{L}{3})?[\s:/=-]*[+−-]?[\d.,]+/u.test(clean.slice(head.length)))
    return true;
  if (/[%₺$€£₽₼]/u.test(clean) && letters(clean) <= 12) return true;
  // Mostly digits: "40,12 ▲ 0,3", "16.7682".
  return digits / clean.replace(/\s/g, '').length >= 0.5 && letters(clean) <= 4;
}

/** A short line with digits and a month name or a numeric date or time: a dateline. */
export function isDateLike(clean: string): boolean {
  if (clean.length > 100 || !/\d/.test(clean)) return false;
  if (NUMERIC_DATE.test(clean)) return true;
  return foldCase(clean)
    .split(/[^\p{L}]+/u)
    .some((word) => MONTH_WORDS.has(word));
}

function hintOf(clean: string): LineHint | null {
  const folded = foldCase(clean);
  if (folded.length <= 250 && FOOTER.some((word) => folded.includes(word))) return 'footer';
  if (isOnlyWords(folded, COOKIE)) return 'footer';
  const bare = folded.replace(/[\s:.…»>›→-]+$/u, '');
  if (bare.length <= 40 && RELATED_OR_TEASER.some((m) => bare === m || bare.startsWith(`${m} `)))
    return 'related-marker';
  if (RELATED_OR_TEASER.some((m) => folded.startsWith(`${m} :`) || folded.startsWith(`${m}:`)))
    return 'related-marker';
  // Consent and account prompts are prose-shaped chrome, however long.
  if (folded.length <= 800 && CONSENT.test(folded)) return 'footer';
  // "X" (Twitter) alone: too short for `isOnlyWords`, which would strip every x.
  if (isOnlyWords(folded, SHARE) || /^[x𝕏]$/iu.test(clean)) return 'share-widget';
  // Counters ("0", "1,2k", "(12)") and emoji-only lines are reaction buttons.
  if (/^\(?\d+([.,]\d+)?[kmb]?\)?$/u.test(folded)) return 'reactions';
  if (!HAS_LETTER.test(clean) && /\p{Extended_Pictographic}/u.test(clean)) return 'reactions';
  if (isOnlyWords(folded.replace(/[\d()]/g, ' '), REACTIONS)) return 'reactions';
  if (!isDateLike(clean) && isTicker(clean, folded)) return 'ticker';
  // "Giriş Tarihi: 20.03.2025" is a dateline, not the "Giriş" (log in) link.
  if (startsWithWord(clean, folded, NAV_STARTS) && !isDateLike(clean)) return 'navigation';
  return null;
}

// "There are 13 comments", "27 Responses to “…”".
// A bare "11 Comments" is often the article's own link to its comments, above its text.
const COMMENT_COUNT =
  /^(?:there (?:are|is) \d{1,5} (?:comments?|responses?|replies)|\d{1,5} (?:responses?|replies) to .{1,200})$/u;

function isCommentsHeading(folded: string): boolean {
  const bare = folded.replace(/[\s\d():.…»>›→-]+$/u, '');
  return COMMENTS.includes(bare) || COMMENT_COUNT.test(folded.replace(/[:.]$/u, '').trim());
}

function isSectionBreak(folded: string): boolean {
  // The heading alone: "À lire aussi : <headline>" inside the text is not a break.
  const bare = folded.replace(/[\s\d():.…»>›→-]+$/u, '');
  // A teaser heading ("Read more") alone on its line ends the article too, unless the text
  // goes on below its teasers: `findInlineBoxes` (find-body.ts) tells the two apart.
  return isCommentsHeading(folded) || RELATED_OR_TEASER.includes(bare);
}

function isHeadlineShaped(clean: string, words: number): boolean {
  // Same test as extract-title.ts: mixed case rules out ALL-CAPS menus and banners.
  return clean.length >= 20 && clean.length <= 200 && words >= 4 && isMixedCase(clean);
}

function isNameLike(clean: string, words: string[]): boolean {
  if (clean.length > 50 || words.length < 2 || words.length > 5) return false;
  if (/[.!?:;]$/.test(clean)) return false;
  // "Mazahir Afandiyev", "Jean-Pierre de La Tour": capitalised words with lower-case particles.
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|du|la|le|van|von|der|oğlu|bin)$/u.test(w));
}

/**
 * Splits `text` at `\n` and describes every line. `knownChromeLines` holds cleaned lines
 * (see `cleanLine`) seen on other pages of the same site. Pure.
 */
export function describeLines(
  text: string,
  knownChromeLines: ReadonlySet<string> = new Set(),
): LineInfo[] {
  const raw = text.split('\n');
  const byText = new Map<string, number[]>();
  let offset = 0;
  const partial = raw.map((line, index) => {
    const start = offset;
    offset += line.length + 1;
    const clean = cleanLine(line);
    if (clean !== '') {
      const seen = byText.get(clean);
      if (seen) seen.push(index);
      else byText.set(clean, [index]);
    }
    return { line, index, start, clean };
  });
  const inCode = codeBlockLines(raw);
  const wrapped = wrappedLines(raw);
  const runs = runLengths(raw);
  const endsSentence = partial.map(({ clean }) => SENTENCE_END.test(clean));
  const unpunctuated = unpunctuatedRuns(runs, endsSentence);
  const gallery = galleryLines(raw);
  return partial.map(({ line, index, start, clean }) => ({
    index,
    start,
    end: start + line.length,
    clean,
    isBullet: /^\s*[•·▪▫◦‣⁃►▶*+]/u.test(line),
    ...featuresOfClean(clean),
    occurrences: clean === '' ? [] : (byText.get(clean) ?? []),
    isKnownChrome: clean !== '' && knownChromeLines.has(clean),
    isCode: inCode.has(index) || isCodeLike(clean),
    isWrapped: wrapped.has(index),
    isInUnpunctuatedRun: unpunctuated.has(index),
    isInGallery: gallery.has(index),
  }));
}

function describeClean(clean: string): CleanLineFeatures {
  const wordList = clean.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  const words = countWords(clean);
  const folded = foldCase(clean);
  return {
    isBlank: clean === '',
    words,
    endsSentence: SENTENCE_END.test(clean),
    isHeadlineShaped: isHeadlineShaped(clean, words),
    isByline: clean.length <= 80 && startsWithWord(clean, folded, BYLINES) && wordList.length >= 2,
    isNameLike: isNameLike(clean, wordList),
    // Scripts without case (Arabic, Chinese) are never "all caps".
    isAllCaps: letters(clean) >= 2 && /\p{Lu}/u.test(clean) && !/\p{Ll}/u.test(clean),
    isDateLike: isDateLike(clean),
    isSectionBreak: isSectionBreak(folded),
    isCommentsHeading: isCommentsHeading(folded),
    hint: clean === '' ? null : hintOf(clean),
    isTitleCase: isTitleCase(clean),
  };
}

/**
 * `describeClean`, remembered: a site's menus and footers recur on every dump, and each
 * dump is described again once its site's chrome is known (`withSiteChrome`).
 */
const featuresOfClean = boundedMemo(describeClean, 1_000_000);

/** Lines in runs of three or more (see `runLengths`) none of which ends a sentence. */
function unpunctuatedRuns(runs: readonly number[], endsSentence: readonly boolean[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < runs.length;) {
    const length = runs[i] ?? 0;
    if (length === 0) {
      i++;
      continue;
    }
    const isList = length >= MIN_LIST_RUN && !endsSentence.slice(i, i + length).some(Boolean);
    if (isList) for (let k = i; k < i + length; k++) found.add(k);
    i += length;
  }
  return found;
}

/**
 * Whether `line` ends an article's text: a comments or "related" heading ("Comments (27)",
 * "Related coverage", "Lire aussi"), or a line of chrome vocabulary (share buttons, a
 * footer), as `describeLines` would mark it, without describing the rest of the line.
 */
export function isArticleEndLine(line: string): boolean {
  const clean = cleanLine(line);
  return clean !== '' && (isSectionBreak(foldCase(clean)) || hintOf(clean) !== null);
}

/** The form in which lines are compared for repeats: bullets and outer spaces removed. */
export function cleanLine(line: string): string {
  return line.replace(BULLET, '').trim();
}
