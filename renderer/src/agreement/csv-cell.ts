/**
 * CSV cells that are safe to open in a spreadsheet. Labels and annotator names are typed by
 * people (or arrive in imported files), so a text cell must neither break the row structure
 * nor run as a formula when the export is opened in Excel, LibreOffice or Google Sheets.
 */

// OWASP "CSV injection": spreadsheets evaluate a cell that begins with one of these.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Encodes free text as one CSV cell: a text starting with = + - @ TAB or CR is prefixed with a
 * single quote so it stays text, then the cell is wrapped in double quotes (inner quotes
 * doubled, RFC 4180) when it contains a comma, quote, CR or LF, or starts or ends with a space.
 */
export function csvTextCell(text: string): string {
  const safe = FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
  const needsQuotes = /[",\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Encodes a number we computed: with `decimals` digits after the point when given (a rounded
 * -0 is written without its sign), as JavaScript prints it otherwise (counts); null or a
 * non-finite value as an empty cell (an undefined figure). Numbers are not formula-neutralised:
 * a negative kappa must stay a number in the spreadsheet, and a number we formatted cannot
 * carry a formula.
 */
export function csvNumberCell(value: number | null, decimals?: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  if (decimals === undefined) return String(value);
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Joins encoded cells into one CSV record (no line terminator). */
export function csvRecord(cells: readonly string[]): string {
  return cells.join(',');
}
