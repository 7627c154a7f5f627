/** The agreement table as a CSV file, for analysts who report agreement in a spreadsheet. */
import type { AgreementRow, AgreementTable } from './agreement-table';
import { csvNumberCell, csvRecord, csvTextCell } from './csv-cell';
import { sortLabelRows } from './label-row-order';

/** Options for `agreementTableToCsv`. */
export interface AgreementCsvOptions {
  /** Digits after the decimal point for agreement figures; default 6. */
  readonly decimals?: number;
  /** Text of the label cell of the overall row; default "All labels". */
  readonly overallLabel?: string;
  /** The locale whose collation orders the label rows; default the runtime's. */
  readonly locale?: string;
}

/**
 * Serialises the table as RFC 4180 CSV: a header record (Label, one "Units (<annotator>)"
 * column per annotator, alpha_U, D_O, D_E, F1 exact, F1 overlap, F1 partial), then one record
 * per label row sorted by label as `locale` collates it (`sortLabelRows`), then the overall
 * row, each ending in CRLF. Alpha and F1 have `decimals` digits; D_O and D_E are written at
 * full precision (JavaScript's shortest round-trip form, `1.2345e-7` where small): they are
 * divided by the squared continuum length, so on real articles they are far below 1e-6 and
 * any fixed number of decimals would write 0. Text cells are quoted and formula-neutralised
 * (`csvTextCell`); undefined figures are empty cells. No byte-order mark: the caller adds one
 * when writing a file meant for Excel.
 */
export function agreementTableToCsv(
  table: AgreementTable,
  options: AgreementCsvOptions = {},
): string {
  const { decimals = 6, overallLabel = 'All labels', locale } = options;
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
      csvNumberCell(figures.alphaU, decimals),
      csvNumberCell(figures.observedDisagreement),
      csvNumberCell(figures.expectedDisagreement),
      ...[figures.exactF1, figures.overlapF1, figures.partialF1].map((value) =>
        csvNumberCell(value, decimals),
      ),
    ];
  };
  const rows = sortLabelRows(table.rows, undefined, locale);
  return [header, ...rows.map(record)].map((cells) => `${csvRecord(cells)}\r\n`).join('');
}
