/**
 * When a line repeated across the page dumps of one folder is the site's chrome: the rule
 * ingestion applies (`main/ingest/chrome/site-chrome.ts`) and the library's index of each
 * folder's lines (`library/site-line-index.ts`) pre-filters with, so the renderer sends main
 * only the lines that can qualify. One module, because the pre-filter is only safe while it
 * is never stricter than the rule. Pure: no DOM, no Node.
 */

/** A line must appear in at least this many dumps of a folder... */
export const MIN_CHROME_PAGES = 3;
/** ...and in at least this share of them, so a phrase two articles share is not chrome. */
export const MIN_CHROME_SHARE = 0.5;
/** Longer lines are prose, whatever repeats them (a syndicated paragraph). */
export const MAX_CHROME_LINE = 200;

/** How many of `pages` dumps must hold a line for it to be the site's chrome. */
export function pagesNeededForChrome(pages: number): number {
  return Math.max(MIN_CHROME_PAGES, Math.ceil(pages * MIN_CHROME_SHARE));
}

/**
 * The fewest of `stored` dumps that must hold a line for it to be able to reach chrome once
 * at most `incoming` new dumps of the folder are counted with them (at least 1). Adding a
 * dump raises the pages needed by at most one, so the bound is lowest when every incoming
 * dump holds the line: any line below it cannot qualify, whatever the new dumps hold.
 */
export function storedPagesNeeded(stored: number, incoming: number): number {
  return Math.max(1, pagesNeededForChrome(stored + incoming) - incoming);
}
