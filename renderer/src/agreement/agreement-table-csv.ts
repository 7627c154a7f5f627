/** The agreement table as a CSV file, for analysts who report agreement in a spreadsheet. */
import type { AgreementRow, AgreementTable } from './agreement-table';
import { csvNumberCell, csvRecord, csvTextCell } from './csv-cell';

/** Options for `agreementTableToCsv`. */
export interface AgreementCsvOptions {
  /** Digits after the decimal point for agreement figures; default 6. */
  readonly decimals?: number;
  /** Text of the label cell of the overall row; default "All labels". */
  readonly overallLabel?: string;
}

/**
 * Serialises the table as RFC 4180 CSV: a header record (Label, one "Units (<annotator>)"
 * column per annotator, alpha_U, D_O, D_E, F1 exact, F1 overlap, F1 partial), then one record
 * per row in table order, each ending in CRLF. Text cells are quoted and formula-neutralised
 * (`csvTextCell`); undefined figures are empty cells. No byte-order mark: the caller adds one
 * when writing a file meant for Excel.
 */
export function agreementTableToCsv(
  table: AgreementTable,
  options: AgreementCsvOptions = {},
): string {
  const { decimals = 6, overallLabel = 'All labels' } = options;
  const header = [
    'Label',
    ...table.annotators.map((annotator) => `Units (${annotator})`),
    'alpha_U',
    'D_O',
    'D_E',
    'F1 exact',
    'F1 overlap',
    'F1 partial',
  ].map(csvTextCell);
  const record = (row: AgreementRow): string[] => {
    const { figures } = row;
    return [
      csvTextCell(row.kind === 'label' ? row.label : overallLabel),
      ...row.counts.map((count) => csvNumberCell(count)),
      ...[
        figures.alphaU,
        figures.observedDisagreement,
        figures.expectedDisagreement,
        figures.exactF1,
        figures.overlapF1,
        figures.partialF1,
      ].map((value) => csvNumberCell(value, decimals)),
    ];
  };
  return [header, ...table.rows.map(record)].map((cells) => `${csvRecord(cells)}\r\n`).join('');
}
