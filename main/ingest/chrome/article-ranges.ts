/**
 * The body and chrome ranges an ingested article carries: `detectChrome`, adapted to how
 * the text was obtained and bounded in size for the contract.
 */
import type { ChromeRange, TextRange } from '../../../preload/api';
import { complementRanges, markAsChrome } from './body-ranges';
import { detectChrome } from './detect-chrome';

/** Most chrome ranges kept per article; past this the rest are left unmarked. */
export const MAX_CHROME_RANGES = 2_000;

/** Body and chrome of one article's text. */
export interface ArticleRanges {
  bodyRanges: TextRange[];
  chromeRanges: ChromeRange[];
  /** The line that reads as the body's headline, when one does (see `findHeadline`). */
  headlineLine?: TextRange;
}

/**
 * Splits normalised `text` into body and chrome.
 * - A page dump (`isExtracted` false: `.txt`, `.md`) takes `detectChrome` as it is.
 * - An extracted body (`isExtracted` true: HTML main content, PDF, DOCX) is all body
 *   except the chrome `detectChrome` finds in it (a "Related" list left in the page).
 * - A text in which no block of prose stands out (a short note) is all body: chrome
 *   cannot be told from a text that has no prose to compare it with.
 * `knownChromeLines` are lines seen on other pages of the same site (see `site-chrome.ts`).
 * `headline`, the headline ingestion put above an extracted body, is the article's own
 * first line and never chrome (the detector would take it for a teaser or a repeat).
 * Pure; the chrome list is cut to `MAX_CHROME_RANGES`.
 */
export function articleRanges(
  text: string,
  isExtracted: boolean,
  knownChromeLines?: ReadonlySet<string>,
  headline?: TextRange,
): ArticleRanges {
  const whole: TextRange[] = text.length > 0 ? [{ start: 0, end: text.length }] : [];
  const found = detectChrome(text, knownChromeLines ? { knownChromeLines } : {});
  if (found.bodyRanges.length === 0) return { bodyRanges: whole, chromeRanges: [] };
  const chromeRanges = found.chromeRanges
    .flatMap(({ start, end, kind }) =>
      // The headline is cut out of any chrome run it fell in (`markAsChrome` subtracts).
      headline
        ? markAsChrome([{ start, end }], headline).map((piece) => ({ ...piece, kind }))
        : [{ start, end, kind }],
    )
    .slice(0, MAX_CHROME_RANGES);
  const bodyRanges = isExtracted
    ? complementRanges(chromeRanges, text.length)
    : found.bodyRanges.map(({ start, end }) => ({ start, end }));
  const ranges: ArticleRanges = { bodyRanges, chromeRanges };
  if (found.headline)
    ranges.headlineLine = { start: found.headline.start, end: found.headline.end };
  return ranges;
}
