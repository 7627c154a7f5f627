/**
 * A saved HTML page to the text Sourcemark stores: the article (Readability on a linkedom
 * document of the compacted page), the headline the page prints above it, the whole page
 * as text beside it, and everything the page says about the article with where it said
 * it. Pages too large for a DOM take the streaming path (`extract-by-stream.ts`).
 */
import { parseHTML } from 'linkedom';
import type { MetadataSource, SourcedField } from '../../../preload/api';
import { normaliseText } from '../../../renderer/src/text/normal-form';
import { truncateTitle } from '../extract-title';
import { parseHtmlBounded, teeHandlers } from '../html-parse';
import { collectHtmlText } from '../html-to-text';
import { extractOutlet } from '../metadata/extract-outlet';
import type { DeclaredMetadata } from '../metadata/to-ingested-metadata';
import { collectCompactHtml, type CompactPage } from './compact-html';
import { extractByStream } from './extract-by-stream';
import type { ExtractedPage } from './extracted-page';
import { findCreditsNearArticle } from './credit-near-article';
import { findDateNearHeadline } from './date-near-headline';
import { findLeftOutProse } from './left-out-prose';
import { readPageMetadata, type PageMetadata } from './page-metadata';
import { readReadableArticle } from './readable-article';

export type { ExtractedPage } from './extracted-page';

/**
 * What a DOM walk may cost: elements, and the sum of their depths (Readability's passes
 * walk ancestors and subtrees). Readability's largest test page (Wikipedia's "New
 * Zealand", 1 MB) has 9,811 elements and a depth sum of 89,259 once compacted, and takes
 * about a second; a crafted page beyond these would take many.
 */
export const MAX_DOM_ELEMENTS = 30_000;
export const MAX_DOM_DEPTH_SUM = 250_000;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether `page` is small enough for a DOM and Readability. */
export function fitsDom(page: CompactPage): boolean {
  return page.elements <= MAX_DOM_ELEMENTS && page.depthSum <= MAX_DOM_DEPTH_SUM;
}

/** Whether `text` already opens with `headline` (Readability keeps some headings). */
function opensWith(text: string, headline: string): boolean {
  const firstLines = collapse(text.slice(0, headline.length * 2 + 200));
  return firstLines.startsWith(collapse(headline));
}

function declaredOf(meta: PageMetadata): DeclaredMetadata {
  const sources: Partial<Record<SourcedField, MetadataSource>> = {};
  const declared: DeclaredMetadata = { sources };
  if (meta.title) sources.title = meta.title.source;
  if (meta.authors) {
    declared.authors = meta.authors.value;
    sources.byline = meta.authors.source;
  }
  if (meta.published) {
    declared.publishedTime = meta.published.value;
    sources.publishedDate = meta.published.source;
  }
  if (meta.outlet) {
    declared.siteName = meta.outlet.value;
    sources.outlet = meta.outlet.source;
  }
  if (meta.language) sources.language = meta.language.source;
  if (meta.opinion) declared.opinion = { reason: meta.opinion.value };
  return declared;
}

function directionOf(document: Document, fromArticle: 'rtl' | 'ltr' | undefined) {
  if (fromArticle) return fromArticle;
  for (const element of [document.body, document.documentElement]) {
    const dir = element?.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return undefined;
}

/**
 * Extracts the article of the page `original`. Never throws; time and memory stay
 * bounded on any input (see `compactHtml` and `fitsDom`). Pure.
 */
export function extractHtml(original: string): ExtractedPage {
  // One streaming parse gives both the compact page for the DOM and the whole page's text.
  const compactCollector = collectCompactHtml();
  const textCollector = collectHtmlText();
  parseHtmlBounded(original, teeHandlers(compactCollector.handler, textCollector.handler));
  const compact = compactCollector.result();
  if (!fitsDom(compact)) return extractByStream(original);
  const { document } = parseHTML(compact.html) as unknown as { document: Document };
  // Metadata first: Readability changes the document it reads.
  const meta = readPageMetadata(document, compact.jsonLd);
  const declared = declaredOf(meta);
  const readable = readReadableArticle(document);
  // Where Readability finds nothing (a bare list, a page of links), the page stands whole.
  if (!readable) return { ...extractByStream(original), declared };
  const direction = directionOf(document, readable.dir);
  if (direction) {
    declared.direction = direction;
    declared.sources!.direction = { kind: 'html-attribute', detail: 'dir' };
  }
  const whole = textCollector.result();
  const titleText = meta.title?.value ?? whole.title ?? whole.heading ?? '';
  const title = truncateTitle(normaliseText(collapse(titleText)));
  // The headline sits above the article's container: keep it annotatable, as line one.
  const articleBody = normaliseText(readable.text);
  const headline = meta.headline ? normaliseText(collapse(meta.headline)) : '';
  const hasHeadline = headline !== '' && !opensWith(articleBody, headline);
  const text = hasHeadline ? `${headline}\n\n${articleBody}` : articleBody;
  const page: ExtractedPage = {
    text,
    title,
    declaredLanguage: meta.language?.value ?? whole.lang,
    declared,
  };
  // The headline, prepended or kept by Readability as the first line, is never chrome.
  if (headline !== '' && text.startsWith(headline))
    page.headline = { start: 0, end: headline.length };
  const pageText = normaliseText(whole.text);
  if (pageText !== text) page.pageText = pageText;
  // A page that never names itself in its markup still signs its footer ("© 2015 WebMD").
  if (declared.siteName === undefined) {
    const outlet = extractOutlet({ text: pageText });
    if (outlet?.evidence.some((clue) => clue.kind === 'copyright')) {
      declared.siteName = outlet.name;
      declared.sources!.outlet = { kind: 'text', detail: 'copyright line' };
    }
  }
  if (!declared.authors?.length) {
    const lastParagraph =
      articleBody
        .split('\n')
        .filter((line) => line.trim() !== '')
        .at(-1) ?? '';
    const credits = findCreditsNearArticle(pageText, headline || title, lastParagraph);
    if (credits.length > 0) {
      declared.authors = credits.map(({ name, role }) => (role ? { name, role } : { name }));
      declared.sources!.byline = { kind: 'text', detail: 'beside the article' };
    }
  }
  if (declared.publishedTime === undefined) {
    const languageHint = page.declaredLanguage?.toLowerCase().split(/[-_]/)[0];
    const date = findDateNearHeadline(pageText, headline || title, { languageHint });
    if (date) {
      declared.publishedTime = date.text;
      declared.sources!.publishedDate = { kind: 'text', detail: 'beside the headline' };
    }
  }
  // The body alone: the headline is also printed elsewhere on the page (over comments).
  const leftOut = findLeftOutProse(articleBody, pageText);
  if (leftOut) declared.leftOut = leftOut;
  return page;
}
