/**
 * The headline of a page dump: the line above (or opening) the detected body that reads
 * like the article's headline. Dumps print it among menus, teasers, captions and share
 * buttons, so each candidate near the body is scored on what headlines have around them:
 * a byline, a date or an author's name just below, the same line printed again (a
 * breadcrumb, a share box), and nearness to the text.
 */
import type { LineInfo } from './line-features';

/** Lines (blank ones aside) searched above the body's first line, and into the body. */
const LINES_ABOVE = 45;
const LINES_INTO_BODY = 6;
/** Lines below a candidate where its byline or date is looked for. */
const BYLINE_REACH = 4;
const MAX_HEADLINE_WORDS = 30;
const MIN_CJK_CHARS = 8;
const MAX_CJK_CHARS = 80;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// A caption, a credit or a byline: "(All photos: Atlas staff)", "… (Credit: AP/…)", "By …".
const CAPTION =
  /^\(|^\/\/|^(?:(?:posted|written|reported) )?by\s|\bcredit:|\(credit|\.credit|photo:|image:|getty images|\/(?:reuters|ap|afp|getty)$|\sDR$|©/iu;
// Prompts and labels of the page that are shaped like headlines.
const PAGE_FURNITURE =
  /\b(?:skip to|sign in|sign up|log in|subscribe|newsletter|cookies?|privacy|advertisement|continue reading)\b/iu;
/** What a headline is worth for each clue, and what it loses per line from the text. */
const CREDIT_BELOW = 3;
const DATE_ABOVE = 2;
const NAME_BELOW = 1;
const REPEATED_NEAR = 2;
const TITLE_CASE = 0.5;
const DISTANCE_COST = 0.1;
/** What a short line (a button, a tag) between a candidate and the text costs it. */
const SHORT_DISTANCE_COST = 0.02;
const SHORT_LINE_CHARS = 25;
const IN_BODY_COST = 0.5;
/** Lines within which the page's second print of the headline is looked for. */
const REPEAT_REACH = 8;
/** The same, for a print inside the text (a table of contents repeats the text's headings). */
const REPEAT_IN_BODY_REACH = 5;
const MAX_OCCURRENCES = 12;
/** Words from which a line below a headline-shaped line is its deck. */
const MIN_DECK_WORDS = 15;
/** Shortest line that counts as a second print of part of a headline. */
const MIN_PART_CHARS = 12;
/** Lines above a candidate where its date line is looked for ("Sunday, Feb 1, 2015"). */
const DATE_ABOVE_REACH = 2;

function isShaped(line: LineInfo): boolean {
  const cjk = (line.clean.match(CJK) ?? []).length;
  if (cjk >= MIN_CJK_CHARS) return line.clean.length <= MAX_CJK_CHARS;
  return line.isHeadlineShaped && line.words <= MAX_HEADLINE_WORDS;
}

function isCandidate(line: LineInfo): boolean {
  if (line.isBlank || line.hint !== null || line.isCode || line.isInGallery) return false;
  if (line.isDateLike || line.isByline || line.isSectionBreak) return false;
  // Menus and labels ("Continue reading the main story") are printed many times.
  if (line.occurrences.length > MAX_OCCURRENCES) return false;
  // Headlines end without a full stop or a colon (an abbreviation aside: "… N.Y.C.").
  const endsWithStop = /[.。:;]\P{L}*$/u.test(line.clean) && !/(?:\p{Lu}\.){2,}$/u.test(line.clean);
  // A headline starts with a capital, a digit or a quote; tags and fragments do not.
  if (/^\p{Ll}/u.test(line.clean)) return false;
  // A breadcrumb: "Home > World > Europe", "首页 >> 教育资讯 >> 正文".
  if ((line.clean.match(/\s[>›»|/]{1,2}\s/gu) ?? []).length >= 2) return false;
  if (endsWithStop || CAPTION.test(line.clean) || PAGE_FURNITURE.test(line.clean)) return false;
  return isShaped(line);
}

/**
 * Whether the line at `c` credits an article: a byline, a date line, or an author's name
 * with a date line just below it.
 */
function isCredit(ink: readonly LineInfo[], c: number): boolean {
  const line = ink[c]!;
  if (line.isByline || line.isDateLike) return true;
  return line.isNameLike && ink.slice(c + 1, c + 3).some((next) => next.isDateLike);
}

/**
 * The headline block above the credit line `c`: the lines walked up from it while they are
 * candidates, decks (a lead ending with a full stop), or a short line that repeats part of
 * a candidate beside it (a headline printed over two lines). Its topmost candidate is the
 * headline; the block's others are its deck or its second print.
 */
function headerBlockTop(ink: readonly LineInfo[], c: number): number | undefined {
  let top: number | undefined;
  for (let j = c - 1; j >= 0 && j >= c - BYLINE_REACH - 1; j--) {
    const line = ink[j]!;
    if (isCandidate(line)) {
      // Right above a candidate, another is its headline only when the first is a long
      // deck; above a headline it is a kicker ("Sur vos écrans") or another block.
      const below = top === undefined ? undefined : ink[top]!;
      if (below !== undefined && top === j + 1 && below.words < MIN_DECK_WORDS) break;
      top = j;
      continue;
    }
    // A deck or a lead: a sentence between the headline and its byline.
    const isDeck = line.endsSentence && line.words >= 4;
    const isPart =
      line.words <= 3 &&
      [ink[j - 1], ink[j + 1]].some((n) => n !== undefined && n.clean.includes(line.clean));
    if (!isDeck && !isPart) break;
  }
  return top;
}

/**
 * What the credit lines around `at` say of it: the top of the headline block above a
 * byline or a date (see `headerBlockTop`) scores `CREDIT_BELOW`, the block's other lines
 * `NAME_BELOW`; the first candidate below a date (pages that date the article above its
 * headline) `DATE_ABOVE`; a candidate above a name `NAME_BELOW`.
 */
function creditScore(ink: readonly LineInfo[], at: number): number {
  for (let c = at + 1; c <= at + BYLINE_REACH && c < ink.length; c++) {
    if (isCredit(ink, c)) return headerBlockTop(ink, c) === at ? CREDIT_BELOW : NAME_BELOW;
  }
  for (let c = at - 1; c >= at - DATE_ABOVE_REACH && c >= 0; c--) {
    if (!ink[c]!.isDateLike) continue;
    // A date that credits the headline above it is not this line's.
    if (headerBlockTop(ink, c) !== undefined) return 0;
    let isFirst = true;
    for (let i = c + 1; i < at; i++) if (isCandidate(ink[i]!)) isFirst = false;
    return isFirst ? DATE_ABOVE : 0;
  }
  const below = ink.slice(at + 1, at + 1 + BYLINE_REACH);
  return below.some((line) => line.isNameLike) ? NAME_BELOW : 0;
}

/**
 * Whether the page prints `line` again nearby (a breadcrumb, a share box), not far away,
 * and in the text only just below it.
 */
function isRepeatedNear(line: LineInfo, lines: readonly LineInfo[], bodyFirst: number): boolean {
  // Printed again in pieces: "Open Journalism Project:" under the full headline.
  const after = lines
    .slice(line.index + 1)
    .filter((other) => !other.isBlank)
    .slice(0, REPEAT_REACH);
  const isSplit = after.some(
    (other) =>
      other.clean.length >= MIN_PART_CHARS &&
      other.occurrences.length === 1 &&
      line.clean.includes(other.clean),
  );
  return (
    isSplit ||
    line.occurrences.some((i) => {
      if (i === line.index) return false;
      const between = lines.slice(Math.min(i, line.index), Math.max(i, line.index));
      const reach = i >= bodyFirst ? REPEAT_IN_BODY_REACH : REPEAT_REACH;
      return between.filter((other) => !other.isBlank).length <= reach;
    })
  );
}

/**
 * How far the candidate at `i` is from the text starting at `start`: lines of substance
 * between them cost `DISTANCE_COST`, short ones (tags, buttons, counters) far less.
 */
function distanceCost(ink: readonly LineInfo[], i: number, start: number): number {
  let cost = 0;
  for (let k = Math.min(i, start); k < Math.max(i, start); k++) {
    const isShort = ink[k]!.clean.length < SHORT_LINE_CHARS;
    cost += isShort ? SHORT_DISTANCE_COST : DISTANCE_COST;
  }
  return cost;
}

/** A candidate headline and its score (see the module comment). */
export interface HeadlineCandidate {
  line: LineInfo;
  score: number;
}

/**
 * The lines near the body starting at line `bodyFirst` that are shaped like a headline,
 * each with its score, in text order. Pure.
 */
export function scoreHeadlines(lines: readonly LineInfo[], bodyFirst: number): HeadlineCandidate[] {
  const ink = lines.filter((line) => !line.isBlank);
  const start = ink.findIndex((line) => line.index >= bodyFirst);
  if (start < 0) return [];
  const candidates: HeadlineCandidate[] = [];
  const end = Math.min(ink.length, start + LINES_INTO_BODY);
  for (let i = Math.max(0, start - LINES_ABOVE); i < end; i++) {
    const line = ink[i]!;
    if (!isCandidate(line)) continue;
    let score = creditScore(ink, i);
    if (isRepeatedNear(line, lines, bodyFirst)) score += REPEATED_NEAR;
    if (line.isTitleCase) score += TITLE_CASE;
    score -= distanceCost(ink, i, start);
    // Below the body's first line, a headline-shaped line is mostly a subheading.
    if (i > start) score -= IN_BODY_COST;
    candidates.push({ line, score });
  }
  return candidates;
}

/**
 * The line of `lines` that is the headline of the body starting at line `bodyFirst`: the
 * best-scored candidate, the nearer one on a tie; `undefined` when no line near the body is
 * shaped like a headline. Pure.
 */
export function findHeadline(lines: readonly LineInfo[], bodyFirst: number): LineInfo | undefined {
  let best: HeadlineCandidate | undefined;
  for (const candidate of scoreHeadlines(lines, bodyFirst)) {
    if (!best || candidate.score >= best.score) best = candidate;
  }
  return best?.line;
}
