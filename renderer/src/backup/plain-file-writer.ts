/**
 * dexie-export-import's file layout, byte for byte as its `exportDB` writes it: the header
 * naming every table with its schema and row count, then each table's rows in order, each
 * table once. Written part after part into a sink, so a file is never held whole; the file's
 * closing brace is left out, so a member may follow (the backup's manifest). Rows arrive
 * already spelled for the file (`plain-row.ts`) and encoded (`file-rows.ts`). Two writers
 * feed it: the plain export, which reads the tables itself, and the snapshot a restore in
 * place takes of the rows it reads.
 */
import type { Dexie, Table } from 'dexie';

/** Where the file's text goes, part after part. */
export interface ExportSink {
  write(part: string | Blob): void;
}

/** How the library writes a table's schema in the header (`getSchemaString`). */
function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

export class PlainFileWriter {
  private readonly tableNames: string[];
  private readonly headerEnd: string;
  /** The table whose rows are being written (-1 before the first). */
  private open = -1;
  private hasRows = false;
  private isEnded = false;

  /**
   * Writes the header of `database`'s tables with `counts` rows each (in `database.tables`'
   * order), under `databaseName`.
   */
  constructor(
    private readonly out: ExportSink,
    database: Dexie,
    counts: readonly number[],
    databaseName: string,
  ) {
    this.tableNames = database.tables.map((table) => table.name);
    const header = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName,
        databaseVersion: database.verno,
        tables: database.tables.map((table, i) => ({
          name: table.name,
          schema: schemaString(table),
          rowCount: counts[i],
        })),
        data: [],
      },
    });
    const endOfData = header.lastIndexOf(']');
    out.write(header.slice(0, endOfData));
    // All but the file's closing brace.
    this.headerEnd = header.slice(endOfData, -1);
  }

  /** The tables in the file's order. */
  get tables(): readonly string[] {
    return this.tableNames;
  }

  /**
   * Writes `encoded` (rows of `tableName` as the file holds them, joined by commas:
   * `file-rows.ts`) after the rows written before. Tables come in the header's order; the
   * tables between the last one and this one are written empty. Throws when `tableName` is
   * behind: a table is written once.
   */
  rows(tableName: string, encoded: Blob): void {
    const index = this.tableNames.indexOf(tableName);
    if (index < this.open || index === -1)
      throw new Error(`${tableName} comes out of the file's table order.`);
    while (this.open < index) this.openNext();
    if (encoded.size === 0) return;
    if (this.hasRows) this.out.write(',');
    this.out.write(encoded);
    this.hasRows = true;
  }

  /** Writes the tables not written yet (empty) and the end of the header. */
  end(): void {
    if (this.isEnded) return;
    while (this.open < this.tableNames.length - 1) this.openNext();
    if (this.open >= 0) this.closeOpen();
    this.out.write(this.headerEnd);
    this.isEnded = true;
  }

  private openNext(): void {
    if (this.open >= 0) {
      this.closeOpen();
      this.out.write(',');
    }
    this.open++;
    const empty = JSON.stringify({
      tableName: this.tableNames[this.open],
      inbound: true,
      rows: [],
    });
    this.out.write(empty.slice(0, empty.lastIndexOf(']')));
    this.hasRows = false;
  }

  private closeOpen(): void {
    this.out.write(']}');
  }
}
