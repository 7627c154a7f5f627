/**
 * CSV export, one row per annotation, for spreadsheets: UTF-8 with a byte-order mark (so
 * Excel reads non-Latin text), CRLF records (RFC 4180), every text cell neutralised against
 * formula injection by `csvTextCell`. Start and end are code points; a document-level
 * annotation has an empty quote and empty offsets. Attribution links are not written.
 */
import { csvNumberCell, csvRecord, csvTextCell } from '../../agreement/csv-cell';
import type { Annotation, ArticleId } from '../../annotation/types';
import { codePointOffsetsCache } from '../shared/code-point-offsets';
import {
  attributesText,
  hasLinks,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';
import { createLossCounter } from '../shared/lossiness';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'article',
  'label',
  'quote',
  'prefix',
  'suffix',
  'attributes',
  'note',
  'author',
  'start',
  'end',
] as const;

const BOM = '\uFEFF';

/** Writes the CSV text, rows in article order then text order. */
export function exportCsv(input: ExportInput): ExportResult<string> {
  const loss = createLossCounter();
  const records = [csvRecord([...CSV_COLUMNS])];
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const offsetsOf = codePointOffsetsCache<ArticleId>();
  const order = new Map(input.articles.map((a, i) => [a.id, i]));
  const rows = input.annotations
    .filter((a) => articles.has(a.articleId))
    .sort(
      (a, b) =>
        (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || startOf(a) - startOf(b),
    );
  for (const a of rows) {
    const article = articles.get(a.articleId);
    if (!article) continue;
    let span: [number | null, number | null] = [null, null];
    if (a.kind === 'span') {
      if (hasLinks(a)) loss.add('attribution links');
      const conv = offsetsOf(article.id, article.text);
      span = [conv.toCodePoint(a.span.start) ?? null, conv.toCodePoint(a.span.end) ?? null];
    }
    const quote = a.kind === 'span' ? a.quote : { exact: '', prefix: '', suffix: '' };
    records.push(
      csvRecord([
        csvTextCell(article.title),
        csvTextCell(input.labelOf(a.itemId).label),
        csvTextCell(quote.exact),
        csvTextCell(quote.prefix),
        csvTextCell(quote.suffix),
        csvTextCell(attributesText(a.attributes)),
        csvTextCell(a.note),
        csvTextCell(input.authorName(a.author)),
        csvNumberCell(span[0]),
        csvNumberCell(span[1]),
      ]),
    );
  }
  return { output: BOM + records.map((r) => `${r}\r\n`).join(''), lossiness: loss.report() };
}

function startOf(a: Annotation): number {
  return a.kind === 'span' ? a.span.start : -1;
}
