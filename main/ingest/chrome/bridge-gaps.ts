/**
 * Joins the parts of an article that non-prose splits: a chart rendered as dozens of
 * numbers, a code listing, a video player's controls. The densest block of prose is only
 * one part of such an article; the next part, past a gap with no line that ends an article
 * (a comments or "related" heading, a footer, share buttons, a run of menu items), is
 * joined when it
 * holds enough prose of its own to be article rather than a stray teaser.
 */
import type { LineInfo } from './line-features';

/** A run of lines `first..last` inclusive and its prose score. */
export interface Block {
  first: number;
  last: number;
  score: number;
}

/** Lines a gap may span (blank ones included): a chart or a listing, not a second page. */
const MAX_GAP_LINES = 160;
/** Prose the part beyond a gap must hold, in characters of weighted score. */
const MIN_PART_SCORE = 250;

/** Lines a menu has in a row, and how short they are. */
const MIN_MENU_LINES = 4;
const MAX_MENU_CHARS = 30;
/** Lines between two headings of a text, at least, where a contents' entries repeat. */
const MIN_HEADING_GAP = 5;

/** A menu item: a few words, no digits (a chart's labels are numbers), no sentence. */
const isMenuItem = (line: LineInfo): boolean =>
  !line.isCode &&
  !line.endsSentence &&
  line.clean.length <= MAX_MENU_CHARS &&
  /\p{L}{3}/u.test(line.clean) &&
  !/\d/u.test(line.clean);

/** Indexes of lines in runs of `MIN_MENU_LINES` or more menu items (blank lines aside). */
function menuLines(lines: readonly LineInfo[]): Set<number> {
  const menus = new Set<number>();
  let run: number[] = [];
  // A table of contents looks like a menu, but the text repeats its entries as headings,
  // far apart; a footer repeats a menu's items as a block.
  const isContents = () => {
    const later = run
      .map((i) => lines[i]!.occurrences.find((k) => k > i))
      .filter((k): k is number => k !== undefined)
      .sort((a, b) => a - b);
    if (later.length * 2 < run.length) return false;
    const gaps = later.slice(1).map((k, n) => k - later[n]!);
    const spread = gaps.filter((gap) => gap >= MIN_HEADING_GAP).length;
    return spread * 2 >= gaps.length;
  };
  const close = () => {
    if (run.length >= MIN_MENU_LINES && !isContents()) run.forEach((i) => menus.add(i));
    run = [];
  };
  for (const line of lines) {
    if (line.isBlank) continue;
    if (isMenuItem(line)) run.push(line.index);
    else close();
  }
  close();
  return menus;
}

/** Whether `line` ends an article: nothing is joined across it. */
function isArticleEnd(line: LineInfo, menus: ReadonlySet<number>): boolean {
  if (line.isSectionBreak || menus.has(line.index)) return true;
  return (
    line.hint === 'footer' ||
    line.hint === 'related-marker' ||
    line.hint === 'share-widget' ||
    line.hint === 'navigation'
  );
}

/**
 * The best run of lines starting at `from` going in `step` direction (a Kadane run that
 * must start there), stopping at an article end.
 */
function partFrom(
  lines: readonly LineInfo[],
  scores: readonly number[],
  from: number,
  step: 1 | -1,
  menus: ReadonlySet<number>,
): { edge: number; score: number } {
  let run = 0;
  let best = { edge: from, score: 0 };
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (line.isBlank) continue;
    if (isArticleEnd(line, menus)) break;
    run += scores[i]!;
    if (run <= 0) break;
    if (run > best.score) best = { edge: i, score: run };
  }
  return best;
}

/** The first prose line from `from` in `step` direction before `limit`, past no article end. */
function nextProse(
  lines: readonly LineInfo[],
  scores: readonly number[],
  from: number,
  step: 1 | -1,
  limit: number,
  menus: ReadonlySet<number>,
): number | undefined {
  for (let i = from; i >= 0 && i < lines.length && (i - limit) * step < 0; i += step) {
    const line = lines[i]!;
    if (line.isBlank) continue;
    if (isArticleEnd(line, menus)) return undefined;
    if (scores[i]! > 0) return i;
  }
  return undefined;
}

/**
 * The farthest edge in `step` direction reachable from `edge`: parts scoring at least
 * `MIN_PART_SCORE` are joined; smaller parts (a sentence between two listings) are crossed
 * like the rest of a gap, which spans at most `MAX_GAP_LINES` from the last part joined.
 */
function widen(
  lines: readonly LineInfo[],
  scores: readonly number[],
  edge: number,
  step: 1 | -1,
  menus: ReadonlySet<number>,
): { edge: number; score: number } {
  let joined = edge;
  let score = 0;
  let cursor = edge + step;
  for (;;) {
    const start = nextProse(lines, scores, cursor, step, joined + step * MAX_GAP_LINES, menus);
    if (start === undefined) break;
    const part = partFrom(lines, scores, start, step, menus);
    if (part.score >= MIN_PART_SCORE) {
      joined = part.edge;
      score += part.score;
    }
    cursor = part.edge + step;
  }
  return { edge: joined, score };
}

/**
 * `block` widened over gaps, in both directions, to every neighbouring part of prose that
 * scores at least `MIN_PART_SCORE` and that no article-ending line separates from it.
 * `scores` are the lines' prose scores. Pure.
 */
export function bridgeGaps(
  lines: readonly LineInfo[],
  scores: readonly number[],
  block: Block,
): Block {
  const menus = menuLines(lines);
  const after = widen(lines, scores, block.last, 1, menus);
  const before = widen(lines, scores, block.first, -1, menus);
  return { first: before.edge, last: after.edge, score: block.score + after.score + before.score };
}
