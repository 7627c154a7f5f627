/**
 * Everything a page declares or prints about its article, gathered once from the DOM:
 * meta tags, JSON-LD, microdata, its `<h1>` headings, the title chosen among them, and
 * the credits printed nearest that headline. `page-metadata.ts` picks each field from these.
 */
import { readPrintedCredits, type PrintedCredits } from './page-byline-elements';
import { listElements } from './page-elements';
import { readJsonLd, type JsonLdFacts } from './page-json-ld';
import { firstMeta, readMetaTags, type MetaTags } from './page-meta-tags';
import { readMicrodata, type Microdata } from './page-microdata';
import { chooseTitle, foldTitle, type TitleChoice } from './page-title';

/** A page's metadata sources, read once. */
export interface PageFacts {
  tags: MetaTags;
  jsonLd: JsonLdFacts;
  microdata: Microdata;
  /** `<title>`, whitespace collapsed. */
  titleTag?: string;
  /** The article's title among the declared ones and the `<h1>`s. */
  title?: TitleChoice;
  /** Credits and times the page prints, nearest the headline first. */
  printed: PrintedCredits;
  /** The names the site goes by (`og:site_name`, publisher, domain). */
  siteNames: string[];
}

const MAX_HEADINGS = 5;
const SITE_META = ['og:site_name', 'dc.publisher', 'dcterms.publisher', 'publisher'];

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function headingElements(elements: readonly Element[]): Element[] {
  const found = elements.filter((element) => element.localName === 'h1');
  const headings: Element[] = [];
  for (let i = 0; i < found.length && headings.length < MAX_HEADINGS; i++) {
    if (collapse(found[i]!.textContent ?? '') !== '') headings.push(found[i]!);
  }
  return headings;
}

/** The site's names: what the page calls itself, its publisher, and its domain. */
function siteNamesOf(tags: MetaTags, jsonLd: JsonLdFacts, microdata: Microdata): string[] {
  const names = [
    ...SITE_META.flatMap((name) => tags.get(name) ?? []),
    jsonLd.article?.publisher,
    jsonLd.siteName,
    jsonLd.organization,
    microdata.publisher,
    ...(tags.get('application-name') ?? []),
    ...(tags.get('twitter:site') ?? []).map((handle) => handle.replace(/^@/, '')),
  ];
  const url = firstMeta(tags, ['og:url'])?.value;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1] : undefined;
  if (host) names.push(host.replace(/\.[a-z.]+$/i, ''));
  return names.filter((name): name is string => name !== undefined && name !== '');
}

/** Reads the metadata sources of `document` and its JSON-LD `blocks`. Pure. */
export function readPageFacts(document: Document, blocks: readonly string[]): PageFacts {
  const elements = listElements(document);
  const tags = readMetaTags(elements);
  const jsonLd = readJsonLd(blocks);
  const microdata = readMicrodata(elements);
  const headings = headingElements(elements);
  const headingTexts = headings.map((h) => collapse(h.textContent ?? ''));
  const siteNames = siteNamesOf(tags, jsonLd, microdata);
  const titleTag = collapse(document.title) || undefined;
  const declared = [
    { source: 'json-ld', title: jsonLd.article?.headline },
    { source: 'microdata', title: microdata.headline },
    { source: 'og:title', title: firstMeta(tags, ['og:title'])?.value },
    { source: 'twitter:title', title: firstMeta(tags, ['twitter:title'])?.value },
    { source: 'dc.title', title: firstMeta(tags, ['dc.title', 'dcterms.title'])?.value },
    { source: 'title', title: titleTag },
  ].filter((c): c is { source: string; title: string } => c.title !== undefined);
  const title = chooseTitle({ declared, headings: headingTexts, siteNames });
  // The `<h1>` the title is printed as anchors "nearest the headline".
  const anchor = title?.isPrinted
    ? headings.find((_, i) => foldTitle(headingTexts[i]!) === foldTitle(title.title))
    : undefined;
  const facts: PageFacts = {
    tags,
    jsonLd,
    microdata,
    printed: readPrintedCredits(elements, anchor),
    siteNames,
  };
  if (titleTag) facts.titleTag = titleTag;
  if (title) facts.title = title;
  return facts;
}
