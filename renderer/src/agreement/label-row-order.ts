/**
 * The order analysts read an agreement table in: label rows by label name as their language
 * sorts it ("Appeal to fear" before "Économie" before "Zone"), the overall row last. Labels
 * are codebook item ids inside the metrics, which sort by code unit; a table shown or
 * exported with human names must be sorted again by those names. Pure.
 */
import type { AgreementRow } from './agreement-table';

/**
 * `rows` with the label rows sorted by `nameOf(label)` under `locale`'s collation (numbers
 * inside names compare as numbers, case and accents only break ties, then code units, so the
 * order is total and stable across runs) and every overall row after them, in input order.
 * `locale` undefined uses the runtime's default locale.
 */
export function sortLabelRows<Row extends AgreementRow>(
  rows: readonly Row[],
  nameOf: (label: string) => string = (label) => label,
  locale?: string,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'variant' });
  const named = rows.map((row) => ({ row, name: row.kind === 'label' ? nameOf(row.label) : '' }));
  const labels = named.filter(({ row }) => row.kind === 'label');
  labels.sort(
    (a, b) =>
      collator.compare(a.name, b.name) ||
      byCodeUnit(a.name, b.name) ||
      byCodeUnit(labelOf(a.row), labelOf(b.row)),
  );
  return [...labels.map(({ row }) => row), ...rows.filter((row) => row.kind !== 'label')];
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function labelOf(row: AgreementRow): string {
  return row.kind === 'label' ? row.label : '';
}
