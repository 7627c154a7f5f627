/**
 * Finds the article body among the lines of a page dump: the densest contiguous block of
 * prose, widened to its headline, dateline and byline above and its signature below, with
 * share buttons and "read also" teasers inside it cut out.
 */
import type { LineInfo } from './line-features';

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
  if (line.hint !== null) return -CHROME_LINE_COST;
  if (line.isKnownChrome || line.occurrences.length > 1) return -REPEATED_LINE_COST;
  const length = line.clean.length;
  // A sentence: enough words and a full stop, or a long paragraph cut without one.
  if (line.words >= 8 && (line.endsSentence || length >= 100)) return length;
  if (line.words >= 5 && line.endsSentence) return length / 2;
  return line.isBullet ? -BULLET_LINE_COST : -SHORT_LINE_COST;
}

/** The best-scoring run of lines (Kadane's maximum subarray). */
function densestBlock(
  lines: readonly LineInfo[],
  inlineBoxes: ReadonlySet<number>,
): { first: number; last: number; score: number } {
  let best = { first: 0, last: -1, score: 0 };
  let runStart = 0;
  let run = 0;
  for (const line of lines) {
    const score = scoreLine(line, inlineBoxes);
    if (run <= 0) {
      run = 0;
      runStart = line.index;
    }
    run += score;
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
const MAX_BOX_TEASERS = 4;
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
    if (!isProse(nextInk(lines, marker.index - 1, -1))) continue;
    let cursor = marker.index;
    let teasers = 0;
    let line = nextInk(lines, cursor + 1, 1);
    while (line && !isProse(line) && line.hint === null && teasers < MAX_BOX_TEASERS) {
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
  const block = densestBlock(lines, findInlineBoxes(lines));
  if (block.score < MIN_BODY_SCORE) return null;
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
