/**
 * What the site-chrome index counts of a page dump, and the tally of many: the folder of a
 * path, the lines of a text that could be chrome, and per folder how many dumps were counted
 * and how many hold each line. Pure, so the repository, the schema upgrade and the tests
 * count the same way.
 */
import type { ArticleFormat } from '../../../preload/api';
import { MAX_CHROME_LINE } from '../text/site-chrome-rule';

/** Lines counted per dump at most: a page of 20,000 short lines is a list, not a site page. */
const MAX_LINES_PER_PAGE = 2_000;

/** One dump as the index counts it. */
export interface SitePage {
  folder: string;
  /** Distinct lines (`siteLinesOf`). */
  lines: readonly string[];
}

/** Per folder: dumps counted, and dumps holding each line (either may go negative in a diff). */
export interface FolderTally {
  pages: number;
  lines: Map<string, number>;
}

/**
 * The directory part of a path, with either separator (`/a/b.txt` → `/a`); `''` for a name
 * without one (an upload, `dropped:a.txt`), which has no folder to share chrome with.
 */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/'), path.lastIndexOf('\\')));
}

/** Whether an article of `format` is a page dump, the kind ingestion compares across a folder. */
export function isPageDump(format: ArticleFormat): boolean {
  return format === 'txt' || format === 'md';
}

/**
 * A dump's distinct non-empty lines that could be chrome, trimmed, in order. Main compares
 * lines of at most `MAX_CHROME_LINE` characters once it has also stripped leading bullets;
 * a longer trimmed line is left out, so a bulleted line just over the bound is never chrome.
 */
export function siteLinesOf(text: string): string[] {
  const lines = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.length > MAX_CHROME_LINE) continue;
    lines.add(line);
    if (lines.size >= MAX_LINES_PER_PAGE) break;
  }
  return [...lines];
}

/**
 * Adds each of `pages` to `into` once, `sign` times (−1 takes a dump out), and answers it.
 * Folders without a name (a path with no separator) are not counted.
 */
export function tallySitePages(
  pages: readonly SitePage[],
  sign: 1 | -1 = 1,
  into: Map<string, FolderTally> = new Map(),
): Map<string, FolderTally> {
  for (const page of pages) {
    if (page.folder === '') continue;
    let tally = into.get(page.folder);
    if (!tally) into.set(page.folder, (tally = { pages: 0, lines: new Map() }));
    tally.pages += sign;
    for (const line of page.lines) tally.lines.set(line, (tally.lines.get(line) ?? 0) + sign);
  }
  return into;
}
