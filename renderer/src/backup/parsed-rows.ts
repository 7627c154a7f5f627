/**
 * The rows a backup parser (`backup-json-stream.ts`) has taken since they were last
 * collected, table by table: the parser goes on filling the same arrays, so each is emptied
 * as it is collected, and a table read to its end is dropped from the parser's list.
 */
import type { BackupJsonParser, TableExport } from './backup-json-stream';

export interface ParsedTableRows {
  tableName: string;
  /** False for a table keeping its keys outside its rows: its rows are `[key, value]` pairs. */
  inbound: boolean;
  rows: unknown[];
}

/** Collects the rows taken so far from `result` (a parser's or a `JsonStream`'s). */
export function collectParsedRows(
  result: BackupJsonParser['result'] | undefined,
): ParsedTableRows[] {
  const tables: TableExport[] = result?.data?.data ?? [];
  const collected = tables.map((table) => ({
    tableName: table.tableName,
    inbound: table.inbound,
    rows: table.rows.splice(0),
  }));
  // Tables read to their end are dropped; the parser appends new ones to the same array.
  const open = tables.filter((table) => table.rows.incomplete);
  tables.splice(0, tables.length, ...open);
  return collected.filter((table) => table.rows.length > 0);
}
