/**
 * Whether a page says its article is opinion: a JSON-LD `OpinionNewsArticle`, an opinion
 * `articleSection` or `article:section`, or an address in an opinion section
 * ("/opinion/", "/tribunes/"). The reason feeds the document profile's genre suggestion.
 */
import type { MetadataSource } from '../../../preload/api';
import type { JsonLdArticle } from './page-json-ld';
import { firstMeta, type MetaTags } from './page-meta-tags';

/** Why the page reads as opinion, and where the page said so. */
export interface OpinionClue {
  value: string;
  source: MetadataSource;
}

// Section names of opinion pages in the languages of the corpus.
const OPINION_SECTION =
  /^(?:opinions?|op[- ]?eds?|editorials?|commentary|comment(?:aires?)?|columns?|columnists?|tribunes?|points? de vue|débats?|idées|éditoriaux|görüş|köşe yazıları|yazarlar|мнения?|колонки|rəy|رأي|مقالات)$/iu;

/** Whether `section` names an opinion section ("Opinion", "Tribunes", "Görüş"). Pure. */
export function isOpinionSection(section: string): boolean {
  return OPINION_SECTION.test(section.trim());
}

/** The clue that the page is opinion, or `undefined`. Pure. */
export function readOpinion(
  tags: MetaTags,
  article: Pick<JsonLdArticle, 'isOpinion' | 'sections'> | undefined,
): OpinionClue | undefined {
  if (article?.isOpinion) {
    return {
      value: 'The page types it OpinionNewsArticle (JSON-LD)',
      source: { kind: 'json-ld', detail: '@type' },
    };
  }
  const jsonLdSection = article?.sections.find(isOpinionSection);
  if (jsonLdSection) {
    return {
      value: `The page files it under "${jsonLdSection}" (JSON-LD articleSection)`,
      source: { kind: 'json-ld', detail: 'articleSection' },
    };
  }
  const section = tags.get('article:section')?.find(isOpinionSection);
  if (section) {
    return {
      value: `The page files it under "${section}" (article:section)`,
      source: { kind: 'open-graph', detail: 'article:section' },
    };
  }
  const url = firstMeta(tags, ['og:url'])?.value ?? '';
  const path = /^https?:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1] ?? '';
  const segment = path
    .split('/')
    .find((part) => part !== '' && isOpinionSection(decodeSegment(part)));
  return segment
    ? {
        value: `Its address is in the "${segment}" section`,
        source: { kind: 'open-graph', detail: 'og:url' },
      }
    : undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/-/g, ' ');
  } catch {
    return segment;
  }
}
