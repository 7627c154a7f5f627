/**
 * The article of a page too large for a DOM (see `fitsDom`), by the streaming pick of
 * `scanHtmlPage`: linear in the input whatever it holds, where Readability's tree walks
 * would take seconds on a crafted page. Real pages never come here; a million nested
 * `<div>` does. Metadata comes from the meta tags the same pass reads.
 */
import { normaliseText } from '../../../renderer/src/text/normal-form';
import { extractTitle, truncateTitle } from '../extract-title';
import { scanHtmlPage } from '../html-main-content';
import { htmlToText } from '../html-to-text';
import type { DeclaredMetadata } from '../metadata/to-ingested-metadata';
import type { ExtractedPage } from './extracted-page';
import { stripSiteName } from './page-title';

/** Extracts `original` in two streaming passes (pick, then text). Pure; never throws. */
export function extractByStream(original: string): ExtractedPage {
  const scan = scanHtmlPage(original);
  const page = htmlToText(original, { onlyInside: scan.mainElement });
  // The headline usually sits above the article's container: keep it annotatable.
  const hasHeadline = !page.isHeadingInText && page.heading !== undefined;
  const headline = hasHeadline ? normaliseText(page.heading!) : '';
  const text = normaliseText(hasHeadline ? `${headline}\n\n${page.text}` : page.text);
  const { author, publishedTime, siteName } = scan.meta;
  const pageTitle = page.title ?? page.heading;
  const siteNames = siteName ? [siteName] : [];
  const title = pageTitle
    ? truncateTitle(
        normaliseText(stripSiteName(pageTitle, siteNames, page.heading ? [page.heading] : [])),
      )
    : extractTitle(text);
  const declared: DeclaredMetadata = { sources: {} };
  if (author) {
    declared.authors = [author];
    declared.sources!.byline = { kind: 'meta-tag', detail: 'author' };
  }
  if (publishedTime) {
    declared.publishedTime = publishedTime;
    declared.sources!.publishedDate = { kind: 'meta-tag' };
  }
  if (siteName) {
    declared.siteName = siteName;
    declared.sources!.outlet = { kind: 'open-graph', detail: 'og:site_name' };
  }
  declared.sources!.title = { kind: page.title ? 'title-tag' : 'heading' };
  const extracted: ExtractedPage = { text, title, declaredLanguage: page.lang, declared };
  if (hasHeadline) extracted.headline = { start: 0, end: headline.length };
  // The whole page stays readable beside the article (a second, linear pass).
  const pageText = scan.mainElement === undefined ? text : normaliseText(htmlToText(original).text);
  if (pageText !== text) extracted.pageText = pageText;
  return extracted;
}
