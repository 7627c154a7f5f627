/**
 * Counts and digests a backup file's rows per table from its bytes, fed in order however
 * they are cut: the verification of a backup, whether it reads a whole file or the chunks
 * of one being written (`streamed-verification.ts`). A row typeson marked other than the
 * app's rows are marked, or a table keeping its keys outside its rows, throws
 * `TypedRowFound`: such a file is verified through the library's importer instead.
 */
import type { BackupManifest, BackupTableSummary } from '../../../preload/api';
import { backupJsonParser } from './backup-json-stream';
import { collectParsedRows } from './parsed-rows';
import { revived, TypedRowFound } from './revive-row';
import { addReadRow, TableDigests } from './table-digest';

export interface FileDigester {
  /** Digests the rows completed by `bytes`; answers the rows digested so far. */
  accept(bytes: ArrayBuffer | Uint8Array, isLast: boolean): number;
  /** Each of `tableNames`' count and digest, once the last bytes were accepted. */
  finish(tableNames: readonly string[]): Promise<BackupTableSummary[]>;
}

export function createFileDigester(formatVersion: BackupManifest['formatVersion']): FileDigester {
  const parser = backupJsonParser();
  const digests = new TableDigests(formatVersion);
  let rows = 0;
  return {
    accept(bytes, isLast) {
      parser.accept(bytes, isLast);
      for (const table of collectParsedRows(parser.result)) {
        // Tables with keys outside their rows hold `[key, value]` pairs: the importer reads them.
        if (!table.inbound) throw new TypedRowFound();
        for (const row of table.rows) addReadRow(digests, table.tableName, revived(row));
        rows += table.rows.length;
      }
      return rows;
    },
    finish: (tableNames) => digests.finish(tableNames),
  };
}
