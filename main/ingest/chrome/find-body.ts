/**
 * Finds the article body among the lines of a page dump: the densest contiguous block of
 * prose, widened to its headline, dateline and byline above and its signature below, with
 * share buttons and "read also" teasers inside it cut out.
 */
import { bridgeGaps, type Block } from './bridge-gaps';
import type { LineInfo } from './line-features';
import { textWeight } from './line-shape';

/** Lines `first..last` inclusive that form the body, and the lines cut out of it. */
export interface BodyLines {
  readonly first: number;
  readonly last: number;
  /** Indexes of chrome lines inside `first..last` (share widgets, teasers). */
  readonly cut: ReadonlySet<number>;
}

// Weights, in characters of prose: a body is chosen by how much prose it holds, and each
// non-prose line inside it costs as much as a short sentence would have given.
/** A line that names chrome (a share button, "© 2025") costs a full sentence. */
const CHROME_LINE_COST = 80;
/** A repeat (headline copies, "Membre du …" in two signature blocks) is likely chrome. */
const REPEATED_LINE_COST = 60;
/** Menu items: short, bulleted, many in a row; ten of them outweigh a one-sentence teaser. */
const BULLET_LINE_COST = 25;
/** Headings, datelines, bylines inside the body: cheap enough that a few never split it. */
const SHORT_LINE_COST = 15;
/** Title Case lines shorter than this are headlines (teasers), not sentences. */
const TEASER_MAX_CHARS = 150;
/** What an isolated prose line (see `isolatedProse`) counts for, as a share of its length. */
const ISOLATED_PROSE_WEIGHT = 0.25;
const PROSE_REACH = 4;
const MIN_ISOLATED_FOR_STREAM = 3;
/** Prose above a comments heading from which the article is taken to be above it. */
const MIN_ARTICLE_BEFORE_COMMENTS = 400;
/** Below this much prose a page has no body (a gallery, an index page). */
const MIN_BODY_SCORE = 60;
/** Header lines (headline, dateline, byline, lead-in) taken above the prose block. */
const MAX_HEADER_LINES = 4;
/** Signature lines (name, role, institution) taken below the prose block. */
const MAX_SIGNATURE_LINES = 5;
/** Blank lines allowed between the prose block and a header or signature line. */
const MAX_BLANK_GAP = 3;

/** Is `line` repeated somewhere outside `first..last`, or known from other pages? */
function isRepeatedOutside(line: LineInfo, first: number, last: number): boolean {
  return (
    line.isKnownChrome || line.occurrences.some((i) => i !== line.index && (i < first || i > last))
  );
}

/** Prose score: positive for sentences (their length), negative for anything else. */
function scoreLine(line: LineInfo, inlineBoxes: ReadonlySet<number>): number {
  if (line.isBlank) return 0;
  if (inlineBoxes.has(line.index)) return -CHROME_LINE_COST;
  // A comment or "Related" heading alone on its line ends the article for good: readers'
  // comments and teaser summaries are prose too, and any finite cost is outweighed by a
  // long enough list of them. The price: a "Lire aussi" box with its heading on a line of
  // its own inside the text cuts the body there (the larger part wins). Inline teasers
  // ("À lire aussi : …") are not breaks; `cutInside` removes them.
  if (line.isSectionBreak) return -Infinity;
  return proseScore(line);
}

function proseScore(line: LineInfo): number {
  // Code in an article (a listing, an embed) neither builds a body nor breaks one; raw
  // markup left by the page (a 1,500-character `<noscript>` line) is never its prose.
  if (line.isCode) return 0;
  // A paragraph wrapped over several lines is prose, line by line, fragments included.
  if (line.isWrapped) return line.clean.length;
  if (line.hint !== null) return -CHROME_LINE_COST;
  if (line.isKnownChrome || line.occurrences.length > 1) return -REPEATED_LINE_COST;
  if (line.isInGallery) return -SHORT_LINE_COST;
  const length = textWeight(line.clean);
  // A list of Title Case headlines is teasers, even those ending "!" or "?"; a sentence
  // full of names ("Reporting by Jane Doe in Baku; Editing by John Roe.") ends with a stop.
  const isTeaser = line.isTitleCase && length < TEASER_MAX_CHARS && !/\.\P{L}*$/u.test(line.clean);
  if (isTeaser) return -SHORT_LINE_COST;
  // A sentence: enough words and a full stop, or a long paragraph cut without one; but a
  // line without a stop among others with no blank line between is a list item (teasers).
  const isListItem = !line.endsSentence && line.isInUnpunctuatedRun;
  if (line.words >= 8 && (line.endsSentence || (length >= 100 && !isListItem))) return length;
  if (line.words >= 5 && line.endsSentence) return length / 2;
  return line.isBullet ? -BULLET_LINE_COST : -SHORT_LINE_COST;
}

/**
 * Prose lines with no other prose line within `PROSE_REACH` lines either side (blank lines
 * aside): a teaser's summary between its headline, source, section and comment count. An
 * article's paragraphs follow one another, a subheading or a caption between them at most;
 * a stream of teasers alternates one summary with several short lines.
 */
function isolatedProse(lines: readonly LineInfo[], scores: readonly number[]): Set<number> {
  const ink = lines.filter((line) => !line.isBlank);
  const isProse = (line: LineInfo | undefined) => line !== undefined && scores[line.index]! > 0;
  const isolated = new Set<number>();
  ink.forEach((line, i) => {
    if (!isProse(line)) return;
    const near = [
      ...ink.slice(Math.max(0, i - PROSE_REACH), i),
      ...ink.slice(i + 1, i + 1 + PROSE_REACH),
    ];
    if (!near.some(isProse)) isolated.add(line.index);
  });
  return isolated;
}

/** Each line's prose score, isolated prose lines weighted down (see `isolatedProse`). */
function weightedScores(lines: readonly LineInfo[], inlineBoxes: ReadonlySet<number>): number[] {
  const scores = lines.map((line) => scoreLine(line, inlineBoxes));
  const isolated = isolatedProse(lines, scores);
  // One lone paragraph is a short article; several are a stream of teasers.
  if (isolated.size < MIN_ISOLATED_FOR_STREAM) return scores;
  return scores.map((score, i) => (isolated.has(i) ? score * ISOLATED_PROSE_WEIGHT : score));
}

/** The best-scoring run of lines (Kadane's maximum subarray). */
function densestBlock(lines: readonly LineInfo[], scores: readonly number[]): Block {
  let best = { first: 0, last: -1, score: 0 };
  let runStart = 0;
  let run = 0;
  for (const line of lines) {
    // Readers' comments come after the article: once an article-sized block precedes a
    // comments heading, nothing below it can be the body, however much prose it holds.
    if (line.isCommentsHeading && best.score >= MIN_ARTICLE_BEFORE_COMMENTS) break;
    if (run <= 0) {
      run = 0;
      runStart = line.index;
    }
    run += scores[line.index]!;
    if (run > best.score) best = { first: runStart, last: line.index, score: run };
  }
  return best;
}

/** The next non-blank line from `from` in direction `step`, if within the blank gap. */
function nextInk(lines: readonly LineInfo[], from: number, step: 1 | -1): LineInfo | undefined {
  for (let i = from, blanks = 0; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    if (line && !line.isBlank) return line;
    if (++blanks > MAX_BLANK_GAP) return undefined;
  }
  return undefined;
}

/** Share buttons between the byline and the text are skipped (and cut) up to this many. */
const MAX_SKIPPED_WIDGET_LINES = 8;

/** Teaser headlines an inline box may hold, and prose lines that must follow it. */
const MAX_BOX_TEASERS = 12;
const MAX_TEASER_CHARS = 100;
const MIN_PROSE_AFTER_BOX = 2;

/**
 * "Related" headings that open a box inside the text (Turkish sites print "İLGİLİ HABERLER"
 * and two links between paragraphs) rather than the list after it: prose comes before
 * the heading and at least two prose lines follow its few teaser lines. A list whose
 * teasers have one-sentence summaries fails the test: headline and summary alternate.
 */
function findInlineBoxes(lines: readonly LineInfo[]): Set<number> {
  const boxes = new Set<number>();
  const isProse = (line: LineInfo | undefined) =>
    line !== undefined && line.hint === null && !line.isSectionBreak && proseScore(line) > 0;
  for (const marker of lines) {
    if (!marker.isSectionBreak || marker.hint !== 'related-marker') continue;
    // Prose just above the heading, a "Continue reading" link or an ad label aside.
    const above = nextInk(lines, marker.index - 1, -1);
    const aboveThat = above && nextInk(lines, above.index - 1, -1);
    if (
      !isProse(above) &&
      !(above && above.clean.length < MAX_TEASER_CHARS && isProse(aboveThat))
    ) {
      continue;
    }
    let cursor = marker.index;
    let teasers = 0;
    let line = nextInk(lines, cursor + 1, 1);
    // A teaser's headline may read as a sentence ("I wore it. It's the best demo ever."):
    // short lines count as teasers whatever their shape.
    const isTeaser = (l: LineInfo) =>
      (!isProse(l) || l.clean.length < MAX_TEASER_CHARS) && l.hint === null;
    while (line && isTeaser(line) && teasers < MAX_BOX_TEASERS) {
      teasers++;
      cursor = line.index;
      line = nextInk(lines, cursor + 1, 1);
    }
    let prose = 0;
    while (line && isProse(line) && prose < MIN_PROSE_AFTER_BOX) {
      prose++;
      line = nextInk(lines, line.index + 1, 1);
    }
    if (teasers > 0 && prose >= MIN_PROSE_AFTER_BOX) boxes.add(marker.index);
  }
  return boxes;
}

/** Widens `first` upwards over the headline, dateline and byline. */
function extendHeader(lines: readonly LineInfo[], first: number, last: number): number {
  let cursor = first;
  let skipped = 0;
  for (let taken = 0; taken < MAX_HEADER_LINES;) {
    const line = nextInk(lines, cursor - 1, -1);
    if (!line) break;
    cursor = line.index;
    // Pages put the share bar between byline and text; look past it for the header.
    if (line.hint === 'share-widget' && ++skipped <= MAX_SKIPPED_WIDGET_LINES) continue;
    if (line.hint !== null || line.isBullet || line.isAllCaps) break;
    if (line.clean.length > 200) break;
    // A repeated line is chrome unless it is the headline, which pages print many times.
    const isHeadline = line.isHeadlineShaped && !line.isByline && !line.isDateLike;
    if (isRepeatedOutside(line, first, last) && !isHeadline) break;
    first = line.index;
    taken++;
    // The headline is the top of an article: anything above it is page furniture. A
    // chapeau (lead) is headline-shaped too, but ends with a full stop.
    if (isHeadline && !line.endsSentence) break;
  }
  return first;
}

/** Widens `last` downwards over a signature block: a name, then role lines. */
function extendSignature(lines: readonly LineInfo[], first: number, last: number): number {
  const name = nextInk(lines, last + 1, 1);
  if (!name || !name.isNameLike || name.hint !== null) return last;
  if (isRepeatedOutside(name, first, last)) return last;
  let end = name.index;
  for (let i = name.index + 1; i < lines.length && i <= name.index + MAX_SIGNATURE_LINES; i++) {
    const line = lines[i];
    if (!line || line.isBlank || line.hint !== null || line.clean.length > 120) break;
    // Role lines may be short ("Député", "AZERTAC") but must not repeat outside the body.
    if (isRepeatedOutside(line, first, last)) break;
    end = i;
  }
  // The block must end the section: a blank line, the end of the text or chrome follows.
  const after = lines[end + 1];
  return !after || after.isBlank || after.hint !== null ? end : last;
}

/** Chrome lines inside the body: widgets, and "read also" markers with their headlines. */
function cutInside(lines: readonly LineInfo[], first: number, last: number): Set<number> {
  const cut = new Set<number>();
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    // Navigation words also start sentences and datelines ("Giriş Tarihi"): never cut.
    if (!line || line.hint === null || line.hint === 'navigation') continue;
    // Long lines with chrome words are prose; a teaser line ("À lire aussi : …") can be long.
    if (line.clean.length > (line.hint === 'related-marker' ? 160 : 80)) continue;
    cut.add(i);
    // "À lire aussi : <headline>" is whole; a heading alone on its line (an inline box,
    // see `findInlineBoxes`) is followed by its teaser headlines, up to a blank line.
    if (!line.isSectionBreak) continue;
    for (let j = i + 1; j <= last; j++) {
      const next = lines[j];
      if (!next || next.isBlank || next.endsSentence || next.clean.length > 160) break;
      cut.add(j);
      i = j;
    }
  }
  return cut;
}

/**
 * The body of a page dump described by `lines`, or `null` when no block holds enough
 * prose. Pure.
 */
export function findBody(lines: readonly LineInfo[]): BodyLines | null {
  const scores = weightedScores(lines, findInlineBoxes(lines));
  const densest = densestBlock(lines, scores);
  if (densest.score < MIN_BODY_SCORE) return null;
  const block = bridgeGaps(lines, scores, densest);
  const first = extendHeader(lines, block.first, block.last);
  const last = extendSignature(lines, first, block.last);
  const cut = cutInside(lines, first, last);
  // Trim cut lines and blanks off both ends so the range starts and ends on body text.
  let top = first;
  let bottom = last;
  while (top < bottom && (cut.has(top) || lines[top]?.isBlank)) top++;
  while (bottom > top && (cut.has(bottom) || lines[bottom]?.isBlank)) bottom--;
  return { first: top, last: bottom, cut };
}
