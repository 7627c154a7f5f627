/**
 * Where ingestion read a metadata field, in words for the reader's header ("From the
 * page's JSON-LD (author)"), so the analyst can judge a value by its source. Pure.
 */
import type { MetadataSource } from '../../../preload/api';

const PLACES: Record<MetadataSource['kind'], string> = {
  'json-ld': 'the page’s JSON-LD',
  microdata: 'the page’s microdata',
  'open-graph': 'the page’s Open Graph tags',
  'meta-tag': 'the page’s meta tags',
  'dublin-core': 'the page’s Dublin Core tags',
  'rel-author': 'the page’s author link',
  'byline-markup': 'the page’s byline',
  'title-tag': 'the page’s <title>',
  heading: 'the page’s headline (<h1>)',
  'html-attribute': 'the page’s markup',
  text: 'the text',
  'file-properties': 'the file’s properties',
  'file-name': 'the file name',
  language: 'the text’s language',
};

/**
 * "From the page's JSON-LD (author)" for a recorded source, or `undefined` when none was
 * recorded (articles stored before sources were). `detail` is added in parentheses.
 */
export function describeSource(source: MetadataSource | undefined): string | undefined {
  if (!source) return undefined;
  const place = PLACES[source.kind] ?? 'the file';
  return source.detail ? `From ${place} (${source.detail})` : `From ${place}`;
}
