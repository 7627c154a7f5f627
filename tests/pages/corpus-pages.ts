/**
 * The pages of the corpus check: Readability's test pages in ../shared/corpora (absent on a
 * fresh clone: callers skip and say why), the hand-checked truth in tests/fixtures, and the
 * text dumps `scripts/make-page-dumps.mjs` makes of them with Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The repository: benchmarks run bundled from elsewhere, always from the repository root.
const root = process.cwd();

/** Where the corpus is looked for: `SM_PAGES_DIR`, else ../shared/corpora/readability-pages. */
export const PAGES_DIR =
  process.env.SM_PAGES_DIR ?? join(root, '..', 'shared', 'corpora', 'readability-pages');
/** Where the page dumps are written and read (outside git). */
export const DUMPS_DIR =
  process.env.SM_PAGE_DUMPS_DIR ?? join(root, 'node_modules', '.cache', 'sourcemark-page-dumps');
export const TRUTH_FILE = join(root, 'tests', 'fixtures', 'readability-pages', 'truth.json');
/** The PTC sample's plain-text articles, each starting with its headline on line 1. */
export const PTC_DIR =
  process.env.SM_PTC_DIR ?? join(root, '..', 'shared', 'corpora', 'ptc-sample', 'articles');

/** One hand-checked page (see truth.json's `about`). */
export interface PageTruth {
  id: string;
  title: string;
  /** Absent: not judged; null: the page names no author. */
  byline?: string[] | null;
  date?: string | string[];
  outlet?: string | string[];
  evidence: string;
}

/** The truth file's pages. */
export function readTruth(): PageTruth[] {
  return (JSON.parse(readFileSync(TRUTH_FILE, 'utf8')) as { pages: PageTruth[] }).pages;
}

/** Why the corpus cannot be read, or `undefined` when it can. */
export function corpusMissing(): string | undefined {
  return existsSync(PAGES_DIR)
    ? undefined
    : `the Readability test pages are not at ${PAGES_DIR} (set SM_PAGES_DIR)`;
}

/** A page's saved HTML. */
export const sourceOf = (id: string): string =>
  readFileSync(join(PAGES_DIR, id, 'source.html'), 'utf8');

/** Readability's own article for a page (`expected.html`). */
export const expectedOf = (id: string): string =>
  readFileSync(join(PAGES_DIR, id, 'expected.html'), 'utf8');

/** A page's Chromium text dump, or `undefined` when none was made. */
export function dumpOf(id: string): string | undefined {
  const path = join(DUMPS_DIR, `${id}.txt`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
