/**
 * Whether an extracted article left out part of its page's article. Readability (or the
 * fallback pick) can stop at an inline box, drop a section, or take one column of a split
 * article; that cut must be said, never silent.
 *
 * The article's paragraphs are found in the whole page text; what counts as left out is
 * the page's prose between the first and the last of them, and the prose that continues
 * the article right before or after it (at most two short lines between paragraphs, as a
 * subheading or a caption would be). Reader comments, teasers and footers lie past a
 * comments heading, a form or a run of short lines, so they never count.
 */
import { isArticleEndLine } from '../chrome/line-features';

/** Prose of the page that the article does not hold. */
export interface LeftOutProse {
  chars: number;
  paragraphs: number;
}

// A paragraph of prose: long enough, with words, that a caption or a button is not one.
const MIN_PARAGRAPH_CHARS = 120;
const MIN_PARAGRAPH_WORDS = 15;
// Lines this long identify a paragraph of the article in the page text.
const MIN_ANCHOR_CHARS = 60;
/** Lines (blank ones included) that may separate two paragraphs found in the article. */
const MAX_ANCHOR_GAP = 24;
/** Short lines allowed between two paragraphs of one article (subheading, caption). */
const MAX_SHORT_LINES_BETWEEN = 2;
// Below these, what is missing is a caption, a teaser or a stray sentence, not article.
const MIN_LEFT_OUT_CHARS = 400;
const MIN_LEFT_OUT_SHARE = 0.1;
const MIN_LEFT_OUT_PARAGRAPHS = 2;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A line of the page text, as much as this check needs of it. */
interface Line {
  index: number;
  /** Whitespace collapsed. */
  text: string;
}

const isProse = (line: Line): boolean =>
  line.text.length >= MIN_PARAGRAPH_CHARS && line.text.split(' ').length >= MIN_PARAGRAPH_WORDS;

/** Prose lines that continue from `from` in direction `step`, until the article ends. */
function continuation(
  lines: readonly Line[],
  from: number,
  step: 1 | -1,
  isInArticle: (line: Line) => boolean,
): Line[] {
  const found: Line[] = [];
  let short = 0;
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (line.text === '') continue;
    if (line.text.length <= 80 && isArticleEndLine(line.text)) break;
    if (isProse(line) && !isInArticle(line)) {
      found.push(line);
      short = 0;
    } else if (++short > MAX_SHORT_LINES_BETWEEN) break;
  }
  return found;
}

/**
 * The run of anchors that is the article: pages print some of its lines again elsewhere
 * (the headline over the comments, a quote in a teaser), so the anchors are split where
 * more than `MAX_ANCHOR_GAP` lines separate two, and the run with the most text wins.
 */
function densestCluster(anchors: readonly Line[]): { first: number; last: number } | undefined {
  let best: { first: number; last: number; chars: number } | undefined;
  let current: { first: number; last: number; chars: number } | undefined;
  for (const anchor of anchors) {
    if (current && anchor.index - current.last <= MAX_ANCHOR_GAP) {
      current.last = anchor.index;
      current.chars += anchor.text.length;
    } else {
      current = { first: anchor.index, last: anchor.index, chars: anchor.text.length };
    }
    if (!best || current.chars > best.chars) best = { ...current };
  }
  return best;
}

/**
 * The prose paragraphs of `pageText` that `articleText` lacks and that belong to its
 * article (see the module comment), when they are at least 400 characters, two
 * paragraphs and a tenth of the article; `undefined` otherwise, and when the article's
 * paragraphs cannot be found in the page. Both texts normalised. Pure.
 */
export function findLeftOutProse(articleText: string, pageText: string): LeftOutProse | undefined {
  const article = collapse(articleText);
  const articleLines = new Set(articleText.split('\n').map(collapse));
  const lines = pageText.split('\n').map((raw, index) => ({ index, text: collapse(raw) }));
  // Most lines are laid out alike in both texts; the rest are searched for.
  const isInArticle = (line: Line) => articleLines.has(line.text) || article.includes(line.text);
  const anchors = lines.filter((line) => line.text.length >= MIN_ANCHOR_CHARS && isInArticle(line));
  const cluster = densestCluster(anchors);
  if (!cluster) return undefined;
  const { first, last } = cluster;
  const inside = lines.slice(first, last + 1).filter((line) => isProse(line) && !isInArticle(line));
  const missing = [
    ...continuation(lines, first - 1, -1, isInArticle),
    ...inside,
    ...continuation(lines, last + 1, 1, isInArticle),
  ];
  const chars = missing.reduce((sum, line) => sum + line.text.length, 0);
  const isMuch =
    chars >= MIN_LEFT_OUT_CHARS &&
    missing.length >= MIN_LEFT_OUT_PARAGRAPHS &&
    chars >= article.length * MIN_LEFT_OUT_SHARE;
  return isMuch ? { chars, paragraphs: missing.length } : undefined;
}
