/**
 * The statistics as chart data: bars and heat maps cut to what stays legible at 1024×700,
 * with how many rows were left out (the CSV of a figure keeps every row). Pure.
 */
import type { Bar, Grid } from '../charts/chart-options';
import type { CountRow, CrossTable, PairRow } from './corpus-stats';

/** Bars a chart shows; more would not fit a label per 22 px row on a small window. */
export const MAX_BARS = 25;
/** Rows and columns of a heat map. */
export const MAX_GRID_ROWS = 20;
export const MAX_GRID_COLUMNS = 14;

/** Chart data and what was cut from it. */
export interface Shown<T> {
  shown: T;
  all: T;
  leftOut: number;
}

/** Count rows as bars, the first `MAX_BARS`. */
export function barsOf(rows: readonly CountRow[]): Shown<Bar[]> {
  const all = rows.map((row) => ({ name: row.name, value: row.count, pick: row.key }));
  return { shown: all.slice(0, MAX_BARS), all, leftOut: Math.max(0, all.length - MAX_BARS) };
}

/** Label pairs as bars named "A + B"; the pick is both ids joined by a tab. */
export function pairBarsOf(pairs: readonly PairRow[]): Shown<Bar[]> {
  return barsOf(
    pairs.map((pair) => ({
      key: `${pair.a}\t${pair.b}`,
      name: `${pair.aName} + ${pair.bName}`,
      count: pair.count,
    })),
  );
}

/**
 * A cross table as a heat map: the most frequent rows, and the most frequent columns (or,
 * `isCalendar`, the latest months, since the columns are in calendar order).
 */
export function gridOf(table: CrossTable, isCalendar = false): Shown<Grid> {
  const all: Grid = {
    rows: table.rows.map((row) => ({ name: row.name, pick: row.key })),
    columns: table.columns.map((column) => ({ name: column, pick: column })),
    values: table.rows.map((row) => row.counts),
  };
  const rows = table.rows.slice(0, MAX_GRID_ROWS);
  const columnCount = Math.min(table.columns.length, MAX_GRID_COLUMNS);
  const from = isCalendar ? table.columns.length - columnCount : 0;
  const shown: Grid = {
    rows: all.rows.slice(0, rows.length),
    columns: all.columns.slice(from, from + columnCount),
    values: rows.map((row) => row.counts.slice(from, from + columnCount)),
  };
  const leftOut = table.rows.length - rows.length + (table.columns.length - columnCount);
  return { shown, all, leftOut };
}
