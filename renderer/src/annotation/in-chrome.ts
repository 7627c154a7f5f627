/**
 * Whether a hit lies in page chrome (menus, tickers, footers the reader collapses): "annotate
 * all occurrences" marks such hits and leaves them unticked, since a country named in a
 * site's menu is not a mention in the article. Pure.
 */
import type { TextSpan } from './types';

/** A range of page chrome over a text (only the offsets matter here). */
export interface ChromeSpan {
  start: number;
  end: number;
}

/** Whether `span` overlaps any of `chrome`. */
export function isInChrome(span: TextSpan, chrome: readonly ChromeSpan[]): boolean {
  return chrome.some((range) => span.start < range.end && span.end > range.start);
}
