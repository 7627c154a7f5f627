/**
 * The title of a plain-text article or page dump, once its body is known: its first line
 * when the text is a plain article that opens with its headline (the PTC corpus, agency
 * copy), else the headline the detected body starts with, else `extractTitle`'s guess.
 * A headline printed once beats a poll question or a promo the page repeats.
 */
import type { TextRange } from '../../preload/api';
import { isDateLike } from './chrome/line-features';
import { clean, extractTitle, isHeadlineShaped, truncateTitle } from './extract-title';

/** A line that opens an article: prose, a date, a dateline or a byline. */
const MIN_PROSE_WORDS = 8;
const BYLINE = /^(?:by|par|yazar|автор|müəllif|posted by|written by)\b/iu;

function opensArticle(line: string): boolean {
  return line.split(/\s+/).length >= MIN_PROSE_WORDS || isDateLike(line) || BYLINE.test(line);
}

function inkLines(text: string): string[] {
  return text
    .split('\n')
    .map(clean)
    .filter((line) => line !== '');
}

/**
 * The first line, when it is a headline, an article's opening follows it, and nothing
 * precedes the body but that line: a plain article, not a page dump with a menu on top.
 */
function firstLineHeadline(text: string, bodyRanges: readonly TextRange[]): string | undefined {
  const [first, next] = inkLines(text.slice(0, 4096));
  if (!first || !next || !isHeadlineShaped(first) || !opensArticle(next)) return undefined;
  const bodyStart = bodyRanges[0]?.start ?? 0;
  const secondLine = text.indexOf(next, text.indexOf(first) + first.length);
  return bodyStart <= secondLine ? first : undefined;
}

/** The body's first line, when it is a headline. */
function bodyHeadline(text: string, bodyRanges: readonly TextRange[]): string | undefined {
  const range = bodyRanges[0];
  if (!range) return undefined;
  const first = inkLines(text.slice(range.start, Math.min(range.end, range.start + 4096)))[0];
  return first && isHeadlineShaped(first) && !isDateLike(first) && !BYLINE.test(first)
    ? first
    : undefined;
}

/**
 * The title of `text` (normalised), whose body is `bodyRanges`: (1) its first line when
 * that line is shaped like a headline, prose, a date or a byline follows it, and the body
 * starts there (a plain article); (2) `headlineLine`, the line the chrome detector found
 * to read as the body's headline; (3) the body's first line when it is shaped like a
 * headline; (4) `extractTitle(text)`. Cut to 200 characters. Pure.
 */
export function plainTextTitle(
  text: string,
  bodyRanges: readonly TextRange[],
  headlineLine?: TextRange,
): string {
  const found = headlineLine && clean(text.slice(headlineLine.start, headlineLine.end));
  const title = firstLineHeadline(text, bodyRanges) ?? (found || bodyHeadline(text, bodyRanges));
  return title === undefined ? extractTitle(text) : truncateTitle(title);
}
