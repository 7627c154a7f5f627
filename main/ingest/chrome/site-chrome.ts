/**
 * Chrome seen across pages of one site: dumps saved from one site into one folder repeat
 * its menus, tickers and footers word for word, while their articles differ. A line found
 * in several dumps of a folder is chrome in each of them, even where it stands once in a
 * page (a footer line the per-page detector would take for prose). The dumps compared are
 * those ingested together and those the library already holds from the folder, which the
 * renderer sends as their lines (`FolderPages`). Lines are compared as `cleanLine` leaves them.
 */
import { dirname } from 'node:path';
import type { FolderPages, IngestedArticle } from '../../../preload/api';
import { blockLanguages } from '../block-languages';
import { extractTitle } from '../extract-title';
import { articleRanges } from './article-ranges';
import { cleanLine } from './line-features';

/** A line must appear in at least this many dumps of a folder... */
const MIN_PAGES = 3;
/** ...and in at least this share of them, so a phrase two articles share is not chrome. */
const MIN_SHARE = 0.5;
/** Longer lines are prose, whatever repeats them (a syndicated paragraph). */
const MAX_CHROME_LINE = 200;

/** The cleaned lines found in enough of `pages` (texts, or their lines) to be the site's chrome. */
export function siteChromeLines(texts: readonly (string | readonly string[])[]): Set<string> {
  const pages = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const line of typeof text === 'string' ? text.split('\n') : text) {
      const clean = cleanLine(line);
      if (clean !== '' && clean.length <= MAX_CHROME_LINE) seen.add(clean);
    }
    for (const line of seen) pages.set(line, (pages.get(line) ?? 0) + 1);
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(texts.length * MIN_SHARE));
  return new Set([...pages].filter(([, count]) => count >= needed).map(([line]) => line));
}

/**
 * `articles` with the body and chrome of their page dumps (`.txt`, `.md`) found again with
 * the chrome lines their folder's dumps share, counting the folder's `stored` pages; other
 * articles, and folders with fewer than three dumps in all, come back as they were. Pure.
 */
export function withSiteChrome(
  articles: readonly IngestedArticle[],
  stored: readonly FolderPages[] = [],
): IngestedArticle[] {
  const storedPages = new Map(stored.map((folder) => [folder.folder, folder.pages]));
  const byFolder = new Map<string, IngestedArticle[]>();
  for (const article of articles) {
    if (article.format !== 'txt' && article.format !== 'md') continue;
    const folder = dirname(article.sourcePath);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), article]);
  }
  const redone = new Map<IngestedArticle, IngestedArticle>();
  for (const [folder, dumps] of byFolder) {
    const earlier = storedPages.get(folder) ?? [];
    if (dumps.length + earlier.length < MIN_PAGES) continue;
    const known = siteChromeLines([...dumps.map((article) => article.text), ...earlier]);
    if (known.size === 0) continue;
    for (const article of dumps) redone.set(article, withKnownChrome(article, known));
  }
  return articles.map((article) => redone.get(article) ?? article);
}

/** Whether a line of the article's body is one of the site's chrome lines. */
function hasKnownLineInBody(article: IngestedArticle, known: ReadonlySet<string>): boolean {
  return article.bodyRanges.some((range) =>
    article.text
      .slice(range.start, range.end)
      .split('\n')
      .some((line) => known.has(cleanLine(line))),
  );
}

function withKnownChrome(article: IngestedArticle, known: ReadonlySet<string>): IngestedArticle {
  // Detection runs again only where it would change something: most dumps' chrome was found.
  if (!hasKnownLineInBody(article, known)) return article;
  const { bodyRanges, chromeRanges } = articleRanges(article.text, false, known);
  const metadata = { ...article.metadata };
  const languageRanges = blockLanguages(article.text, bodyRanges);
  if (languageRanges.some((r) => r.language !== article.language && r.language !== 'und')) {
    metadata.languageRanges = languageRanges;
  } else delete metadata.languageRanges;
  // A line every page of the site repeats is not this article's title (a promo, say, that
  // looked more like a headline than the short headline itself): take it from the body.
  const body = bodyRanges.map((range) => article.text.slice(range.start, range.end)).join('\n');
  const title = known.has(cleanLine(article.title))
    ? extractTitle(body) || article.title
    : article.title;
  return { ...article, title, bodyRanges, chromeRanges, metadata };
}
