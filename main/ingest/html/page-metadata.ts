/**
 * The article's metadata from everything its page says (`page-facts.ts`), each field with
 * where it was read. For each field the most exact source the page gives wins: JSON-LD,
 * then microdata, then Open Graph and `article:*`, then other meta tags (Dublin Core,
 * Parse.ly, Sailthru, `author`), then `rel="author"` links and byline markup near the
 * headline. The text's own bylines and dates are read later, from the article text
 * (`extractMetadata`), and only fill what the page left empty.
 */
import type { MetadataSource } from '../../../preload/api';
import { findDates } from '../metadata/parse-date';
import { readAuthorNames, type AuthorName } from '../metadata/author-names';
import { readPageFacts, type PageFacts } from './page-facts';
import { firstMeta, type MetaTags } from './page-meta-tags';
import { foldTitle, titleParts } from './page-title';
import { readOpinion } from './page-opinion';

/** A value and where it was read. */
export interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

/** What the page says about its article. */
export interface PageMetadata {
  title?: Sourced<string>;
  /** The headline the page prints (its `<h1>`), to put above the article text. */
  headline?: string;
  authors?: Sourced<AuthorName[]>;
  /** The publication date as written (ISO 8601 mostly; sometimes prose). */
  published?: Sourced<string>;
  /** The outlet: site name or publisher, never the article's own title. */
  outlet?: Sourced<string>;
  /** Why the page reads as an opinion piece (JSON-LD type, section), when it does. */
  opinion?: Sourced<string>;
  /** The language the page declares (`<html lang>`, JSON-LD `inLanguage`, `og:locale`). */
  language?: Sourced<string>;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date.issued',
  'dc.date.created',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'datepublished',
];
const AUTHOR_META = [
  'article:author',
  'author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
];
const IS_URL = /^(?:https?:|www\.)/i;

/** Where a meta tag's value comes from, by its name. */
export function metaSource(name: string): MetadataSource {
  if (name.startsWith('og:') || name.startsWith('article:'))
    return { kind: 'open-graph', detail: name };
  if (name.startsWith('dc.') || name.startsWith('dcterms.'))
    return { kind: 'dublin-core', detail: name };
  return { kind: 'meta-tag', detail: name };
}

function names(credits: readonly string[]): AuthorName[] {
  const all: AuthorName[] = [];
  for (const credit of credits) {
    if (IS_URL.test(credit)) continue;
    for (const name of readAuthorNames(credit)) {
      if (!all.some((n) => n.name.toLowerCase() === name.name.toLowerCase())) all.push(name);
    }
  }
  return all;
}

const isShouted = (name: string) => /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);

function readAuthors({ tags, jsonLd, microdata, printed }: PageFacts) {
  const metaName = AUTHOR_META.find((name) => tags.get(name)?.some((v) => !IS_URL.test(v)));
  const candidates: [MetadataSource, readonly string[]][] = [
    [{ kind: 'json-ld', detail: 'author' }, jsonLd.article?.authors ?? []],
    [{ kind: 'microdata', detail: 'itemprop="author"' }, microdata.authors],
    [metaName ? metaSource(metaName) : { kind: 'meta-tag' }, metaName ? tags.get(metaName)! : []],
    [{ kind: 'rel-author', detail: 'rel="author"' }, printed.relAuthors],
    [{ kind: 'byline-markup', detail: 'byline element' }, printed.bylines.slice(0, 1)],
  ];
  const found = candidates.map(([source, credits]) => ({ source, value: names(credits) }));
  const best = found.find((candidate) => candidate.value.length > 0);
  if (!best) return undefined;
  // "STEVEN DAVIDOFF SOLOMON" in the markup is "Steven Davidoff Solomon" in a meta tag.
  const spelled = found.flatMap((candidate) => candidate.value);
  const value = best.value.map((author) => {
    if (!isShouted(author.name)) return author;
    const same = spelled.find(
      (other) => other.name.toLowerCase() === author.name.toLowerCase() && !isShouted(other.name),
    );
    return same ? { ...author, name: same.name } : author;
  });
  return { value, source: best.source };
}

function readPublished({ tags, jsonLd, microdata, printed }: PageFacts, languageHint?: string) {
  const jsonLdDate = jsonLd.article?.datePublished;
  if (jsonLdDate)
    return { value: jsonLdDate, source: { kind: 'json-ld', detail: 'datePublished' } };
  const meta = firstMeta(tags, DATE_META);
  if (meta) return { value: meta.value, source: metaSource(meta.name) };
  // Blogger writes only a time ("12:55 AM") in its `datePublished`: that is no date.
  if (microdata.datePublished && /\d{4}/.test(microdata.datePublished)) {
    const source: MetadataSource = { kind: 'microdata', detail: 'itemprop="datePublished"' };
    return { value: microdata.datePublished, source };
  }
  if (printed.time)
    return { value: printed.time, source: { kind: 'byline-markup', detail: '<time>' } };
  // A date line by its class ("published"), then the date in the byline ("By Joshua
  // Sokol May 20, 2019").
  const printedDates: [string, string][] = [
    ...printed.dates.slice(0, 3).map((text): [string, string] => [text, 'date element']),
    ...printed.bylines.slice(0, 1).map((text): [string, string] => [text, 'byline element']),
  ];
  for (const [text, detail] of printedDates) {
    const dated = findDates(text, { languageHint }).find((date) => date.hasYear);
    if (dated) return { value: dated.text, source: { kind: 'byline-markup', detail } };
  }
  return undefined;
}

/** A site name as pages write it, cleaned: "http://www.tmz.com" is "tmz.com". */
function cleanSiteName(name: string): string {
  const bare = name.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
  // "SIMPLYFOUND.COM | BY: JOE WEE": the credit is not the site.
  const parts = bare.split(/\s+[|·•]\s+/u).filter((part) => !/^by\b/i.test(part));
  return (parts[0] ?? bare).trim();
}

/**
 * The outlet: `og:site_name`, else the JSON-LD or microdata publisher, else the JSON-LD
 * `WebSite` or `Organization`, else a meta publisher, else the site name the `<title>`
 * carries beside the headline, else `application-name`. A name equal to the article's
 * title is never the outlet (pages whose `application-name` is their own title).
 */
function readOutlet(facts: PageFacts): Sourced<string> | undefined {
  const { tags, jsonLd, microdata, title, titleTag } = facts;
  const isTitle = (name: string) =>
    title !== undefined && foldTitle(title.title) === foldTitle(name);
  const meta = firstMeta(tags, ['dc.publisher', 'dcterms.publisher', 'publisher']);
  const candidates: { value: string | undefined; source: MetadataSource }[] = [
    { value: firstMeta(tags, ['og:site_name'])?.value, source: metaSource('og:site_name') },
    { value: jsonLd.article?.publisher, source: { kind: 'json-ld', detail: 'publisher' } },
    { value: microdata.publisher, source: { kind: 'microdata', detail: 'itemprop="publisher"' } },
    { value: jsonLd.siteName, source: { kind: 'json-ld', detail: 'WebSite' } },
    { value: jsonLd.organization, source: { kind: 'json-ld', detail: 'Organization' } },
    { value: meta?.value, source: meta ? metaSource(meta.name) : { kind: 'meta-tag' } },
    {
      value: titleSiteName(titleTag, title?.title),
      source: { kind: 'title-tag', detail: '<title>' },
    },
    { value: firstMeta(tags, ['application-name'])?.value, source: metaSource('application-name') },
  ];
  for (const { value, source } of candidates) {
    const name = value === undefined ? '' : cleanSiteName(value);
    if (name !== '' && /\p{L}/u.test(name) && name.length <= 80 && !isTitle(name)) {
      return { value: name, source };
    }
  }
  return undefined;
}

/** "Headline - Site": what the `<title>` adds after the headline, when it is short. */
function titleSiteName(titleTag: string | undefined, headline: string | undefined) {
  if (!titleTag || !headline) return undefined;
  const parts = titleParts(titleTag);
  const extra = parts.filter((part) => foldTitle(part) !== foldTitle(headline));
  const named = extra.at(-1);
  const isShort = named !== undefined && named.split(/\s+/).length <= 5;
  return parts.length > 1 && extra.length < parts.length && isShort ? named : undefined;
}

function readLanguage(document: Document, tags: MetaTags, inLanguage: string | undefined) {
  const html = document.documentElement;
  const lang =
    html.getAttribute('lang') ??
    html.getAttribute('xml:lang') ??
    document.body?.getAttribute('lang');
  if (lang) return { value: lang, source: { kind: 'html-attribute', detail: 'lang' } } as const;
  if (inLanguage)
    return { value: inLanguage, source: { kind: 'json-ld', detail: 'inLanguage' } } as const;
  const locale = firstMeta(tags, ['og:locale', 'content-language', 'dc.language']);
  return locale
    ? { value: locale.value.replace('_', '-'), source: metaSource(locale.name) }
    : undefined;
}

function titleSource(source: string): MetadataSource {
  if (source === 'json-ld') return { kind: 'json-ld', detail: 'headline' };
  if (source === 'microdata') return { kind: 'microdata', detail: 'itemprop="headline"' };
  if (source === 'title') return { kind: 'title-tag', detail: '<title>' };
  if (source === 'h1') return { kind: 'heading', detail: '<h1>' };
  return metaSource(source);
}

/**
 * What `document` (the page as `compactHtml` rewrote it) and its JSON-LD `blocks` say
 * about the article. Reads the DOM, never changes it. Pure.
 */
export function readPageMetadata(document: Document, blocks: readonly string[]): PageMetadata {
  const facts = readPageFacts(document, blocks);
  const metadata: PageMetadata = {};
  const { title } = facts;
  if (title) {
    metadata.title = { value: title.title, source: titleSource(title.source) };
    if (title.isPrinted) metadata.headline = title.title;
  }
  const authors = readAuthors(facts);
  if (authors) metadata.authors = authors;
  const language = readLanguage(document, facts.tags, facts.jsonLd.article?.inLanguage);
  if (language) metadata.language = language;
  const published = readPublished(facts, language?.value.toLowerCase().split(/[-_]/)[0]);
  if (published) metadata.published = published as Sourced<string>;
  const outlet = readOutlet(facts);
  if (outlet) metadata.outlet = outlet;
  const opinion = readOpinion(facts.tags, facts.jsonLd.article);
  if (opinion) metadata.opinion = opinion;
  return metadata;
}
