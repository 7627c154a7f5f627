/**
 * The body and chrome ranges an ingested article carries: `detectChrome`, adapted to how
 * the text was obtained and bounded in size for the contract.
 */
import type { ChromeRange, TextRange } from '../../../preload/api';
import { complementRanges } from './body-ranges';
import { detectChrome } from './detect-chrome';

/** Most chrome ranges kept per article; past this the rest are left unmarked. */
export const MAX_CHROME_RANGES = 2_000;

/** Body and chrome of one article's text. */
export interface ArticleRanges {
  bodyRanges: TextRange[];
  chromeRanges: ChromeRange[];
}

/**
 * Splits normalised `text` into body and chrome.
 * - A page dump (`isExtracted` false: `.txt`, `.md`) takes `detectChrome` as it is.
 * - An extracted body (`isExtracted` true: HTML main content, PDF, DOCX) is all body
 *   except the chrome `detectChrome` finds in it (a "Related" list left in the page).
 * - A text in which no block of prose stands out (a short note) is all body: chrome
 *   cannot be told from a text that has no prose to compare it with.
 * `knownChromeLines` are lines seen on other pages of the same site (see `site-chrome.ts`).
 * Pure; the chrome list is cut to `MAX_CHROME_RANGES`.
 */
export function articleRanges(
  text: string,
  isExtracted: boolean,
  knownChromeLines?: ReadonlySet<string>,
): ArticleRanges {
  const whole: TextRange[] = text.length > 0 ? [{ start: 0, end: text.length }] : [];
  const found = detectChrome(text, knownChromeLines ? { knownChromeLines } : {});
  if (found.bodyRanges.length === 0) return { bodyRanges: whole, chromeRanges: [] };
  const chromeRanges = found.chromeRanges
    .slice(0, MAX_CHROME_RANGES)
    .map(({ start, end, kind }) => ({ start, end, kind }));
  const bodyRanges = isExtracted
    ? complementRanges(chromeRanges, text.length)
    : found.bodyRanges.map(({ start, end }) => ({ start, end }));
  return { bodyRanges, chromeRanges };
}
