/**
 * The concordance as CSV: one row per hit, with the article, its date and outlet, the
 * offsets in the stored text and the context, through the agreement export's cell encoders
 * (formula-neutralised text, RFC 4180 quoting).
 */
import { csvNumberCell, csvRecord, csvTextCell } from '../agreement/csv-cell';
import type { ResultRow } from './search-protocol';

const HEADER = [
  'article_id',
  'title',
  'published',
  'outlet',
  'language',
  'start',
  'end',
  'left',
  'match',
  'right',
  'labels',
];

/** The rows as one CSV file (CRLF line ends, header first); `labelOf` names an item id. */
export function searchResultsCsv(
  rows: readonly ResultRow[],
  labelOf: (itemId: string) => string,
): string {
  const lines = [csvRecord(HEADER)];
  for (const row of rows) {
    const isFieldOnly = row.start < 0;
    lines.push(
      csvRecord([
        csvTextCell(row.articleId),
        csvTextCell(row.title),
        csvTextCell(row.publishedDate),
        csvTextCell(row.outlet),
        csvTextCell(row.language),
        isFieldOnly ? '' : csvNumberCell(row.start),
        isFieldOnly ? '' : csvNumberCell(row.end),
        csvTextCell(row.left),
        csvTextCell(row.match),
        csvTextCell(row.right),
        csvTextCell(row.itemIds.map(labelOf).join('; ')),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
