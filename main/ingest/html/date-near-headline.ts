/**
 * The publication date a page prints beside its headline but outside its article and its
 * markup: Blogger's date header above the title ("Sunday, May 8, 2016"), BuzzFeed's
 * "posted on April 21, 2015" under it, Salon's dateline above it. Readability leaves these
 * lines out of the article, and no meta tag carries them.
 */
import { findDates, type DateMatch, type DateOptions } from '../metadata/parse-date';

/** Non-blank lines read above and below the headline. */
const LINES_AROUND = 6;
/** Longer lines are prose, whose dates are about events, not the article. */
const MAX_LINE_CHARS = 160;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The first date with a year on the short lines around `headline` in `pageText` (below it
 * first, then above it, nearest first), or `undefined` when the headline is not a line of
 * the page or no such line holds a date. Pure.
 */
export function findDateNearHeadline(
  pageText: string,
  headline: string,
  options: DateOptions = {},
): DateMatch | undefined {
  const wanted = collapse(headline);
  if (wanted === '') return undefined;
  const lines = pageText.split('\n').map(collapse);
  const at = lines.indexOf(wanted);
  if (at < 0) return undefined;
  const below = lines
    .slice(at + 1)
    .filter((line) => line !== '')
    .slice(0, LINES_AROUND);
  const above = lines
    .slice(0, at)
    .filter((line) => line !== '')
    .slice(-LINES_AROUND)
    .reverse();
  for (const line of [...below, ...above]) {
    if (line.length > MAX_LINE_CHARS) continue;
    const date = findDates(line, options).find((found) => found.hasYear);
    if (date) return date;
  }
  return undefined;
}
