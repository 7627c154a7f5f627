/**
 * CSV export, one row per annotation, for spreadsheets: UTF-8 with a byte-order mark (so
 * Excel reads non-Latin text), CRLF records (RFC 4180), every text cell (ids included, as
 * imported ids are anyone's text) neutralised against formula injection by `csvTextCell`.
 *
 * A row names its annotation by id and its article by text hash, file name and title: two
 * articles often share a title (a wire story republished), never a text. The label is given
 * as the codebook shows it and as the item id, which stays when a label is renamed. An
 * entity mention carries its registry entity's name and Wikidata id; a claim its source and
 * cue, each as the linked mention's quote and annotation id, or, for a source that is a
 * registry entity with no mention in the text, the entity's name and registry id. Start and
 * end are code points; a document-level annotation has an empty quote and empty offsets.
 */
import { csvNumberCell, csvRecord, csvTextCell } from '../../agreement/csv-cell';
import type { Annotation, ArticleId, SpanAnnotation } from '../../annotation/types';
import { codePointOffsetsCache } from '../shared/code-point-offsets';
import { attributesText, type ExportInput, type ExportResult } from '../shared/export-input';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'annotation_id',
  'article_sha256',
  'article_file',
  'article_title',
  'label',
  'item_id',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'entity',
  'entity_wikidata',
  'source',
  'source_annotation_id',
  'source_entity_id',
  'cue',
  'cue_annotation_id',
  'attributes',
  'note',
  'author',
] as const;

const BOM = '\uFEFF';

/** Writes the CSV text, rows in article order then text order. Every annotation is a row. */
export function exportCsv(input: ExportInput): ExportResult<string> {
  const records = [csvRecord([...CSV_COLUMNS])];
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const offsetsOf = codePointOffsetsCache<ArticleId>();
  const order = new Map(input.articles.map((a, i) => [a.id, i]));
  const spansById = new Map<string, SpanAnnotation>();
  for (const a of input.annotations) if (a.kind === 'span') spansById.set(a.id, a);
  const quoteOf = (id: string | undefined) => (id ? (spansById.get(id)?.quote.exact ?? '') : '');
  const rows = input.annotations
    .filter((a) => articles.has(a.articleId))
    .sort(
      (a, b) =>
        (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
        startOf(a) - startOf(b) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  for (const a of rows) {
    const article = articles.get(a.articleId)!;
    const span = a.kind === 'span' ? a : undefined;
    const conv = span && offsetsOf(article.id, article.text);
    const quote = span?.quote ?? { exact: '', prefix: '', suffix: '' };
    const links = span?.links;
    const sourceEntity = links?.sourceEntityId;
    records.push(
      csvRecord([
        csvTextCell(a.id),
        csvTextCell(article.textSha256),
        csvTextCell(article.sourceName),
        csvTextCell(article.title),
        csvTextCell(input.labelOf(a.itemId).label),
        csvTextCell(a.itemId),
        csvNumberCell((span && conv?.toCodePoint(span.span.start)) ?? null),
        csvNumberCell((span && conv?.toCodePoint(span.span.end)) ?? null),
        csvTextCell(quote.exact),
        csvTextCell(quote.prefix),
        csvTextCell(quote.suffix),
        csvTextCell((span?.entityId && input.entityName?.(span.entityId)) || ''),
        csvTextCell((span?.entityId && input.entityQid?.(span.entityId)) || ''),
        csvTextCell(
          links?.sourceId
            ? quoteOf(links.sourceId)
            : (sourceEntity && input.entityName?.(sourceEntity)) || '',
        ),
        csvTextCell(links?.sourceId ?? ''),
        csvTextCell(sourceEntity ?? ''),
        csvTextCell(quoteOf(links?.cueId)),
        csvTextCell(links?.cueId ?? ''),
        csvTextCell(attributesText(a.attributes)),
        csvTextCell(a.note),
        csvTextCell(input.authorName(a.author)),
      ]),
    );
  }
  return {
    output: BOM + records.map((r) => `${r}\r\n`).join(''),
    // Labels, offsets, quotes, entities, links, attributes and notes each have a column.
    lossiness: { dropped: [] },
    written: rows.length,
  };
}

function startOf(a: Annotation): number {
  return a.kind === 'span' ? a.span.start : -1;
}
