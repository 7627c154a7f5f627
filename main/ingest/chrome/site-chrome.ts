/**
 * Chrome seen across pages of one site: dumps saved from one site into one folder repeat
 * its menus, tickers and footers word for word, while their articles differ. A line found
 * in several dumps of a folder is chrome in each of them, even where it stands once in a
 * page (a footer line the per-page detector would take for prose). The dumps compared are
 * those ingested together and those the library already holds from the folder, which the
 * renderer sends as counts from its index of the folder's lines (`FolderPages`): how many
 * dumps it holds, and each line enough of them share to qualify with the new ones. Lines are
 * compared as `cleanLine` leaves them; the rule itself is shared (`site-chrome-rule.ts`).
 */
import { dirname } from 'node:path';
import type { FolderPages, IngestedArticle } from '../../../preload/api';
import {
  MAX_CHROME_LINE,
  MIN_CHROME_PAGES,
  pagesNeededForChrome,
} from '../../../renderer/src/text/site-chrome-rule';
import { blockLanguages } from '../block-languages';
import { extractTitle } from '../extract-title';
import { articleRanges } from './article-ranges';
import { cleanLine } from './line-features';

/** Dumps the library already holds from a folder, as its index of their lines counts them. */
export type StoredFolderLines = Pick<FolderPages, 'pages' | 'lines'>;

const NONE_STORED: StoredFolderLines = { pages: 0, lines: [] };

/**
 * The cleaned lines found in enough of `texts` (page texts, or their lines) and of the
 * folder's `stored` dumps to be the site's chrome. Stored lines are summed by their cleaned
 * form: the index keeps lines trimmed only, so a page holding a line both bulleted and plain
 * counts twice, an over-count only ever toward a line the site repeats anyway.
 */
export function siteChromeLines(
  texts: readonly (string | readonly string[])[],
  stored: StoredFolderLines = NONE_STORED,
): Set<string> {
  const pages = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const line of typeof text === 'string' ? text.split('\n') : text) {
      const clean = cleanLine(line);
      if (clean !== '' && clean.length <= MAX_CHROME_LINE) seen.add(clean);
    }
    for (const line of seen) pages.set(line, (pages.get(line) ?? 0) + 1);
  }
  for (const { line, pages: count } of stored.lines) {
    const clean = cleanLine(line);
    if (clean !== '' && clean.length <= MAX_CHROME_LINE)
      pages.set(clean, (pages.get(clean) ?? 0) + count);
  }
  const needed = pagesNeededForChrome(texts.length + stored.pages);
  return new Set([...pages].filter(([, count]) => count >= needed).map(([line]) => line));
}

/**
 * `articles` with the body and chrome of their page dumps (`.txt`, `.md`) found again with
 * the chrome lines their folder's dumps share, counting the folder's `stored` dumps; other
 * articles, and folders with fewer than three dumps in all, come back as they were. Pure.
 */
export function withSiteChrome(
  articles: readonly IngestedArticle[],
  stored: readonly FolderPages[] = [],
): IngestedArticle[] {
  const storedLines = new Map(stored.map((folder) => [folder.folder, folder]));
  const byFolder = new Map<string, IngestedArticle[]>();
  for (const article of articles) {
    if (article.format !== 'txt' && article.format !== 'md') continue;
    const folder = dirname(article.sourcePath);
    const dumps = byFolder.get(folder);
    if (dumps) dumps.push(article);
    else byFolder.set(folder, [article]);
  }
  const redone = new Map<IngestedArticle, IngestedArticle>();
  for (const [folder, dumps] of byFolder) {
    const earlier = storedLines.get(folder) ?? NONE_STORED;
    if (dumps.length + earlier.pages < MIN_CHROME_PAGES) continue;
    const known = siteChromeLines(
      dumps.map((article) => article.text),
      earlier,
    );
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
