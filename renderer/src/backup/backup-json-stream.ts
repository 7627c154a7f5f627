/**
 * A faster reader for dexie-export-import's `importInto`/`importDB`, which take a Blob or
 * any `JsonStream` (their declared parameter type). The library's own stream parses with
 * clarinet, an event per character, and was most of a backup's verification and of a
 * restore. This one walks the text only to find where each row ends (jumping from quote to
 * quote with `indexOf`), and parses each batch of complete rows with the browser's
 * `JSON.parse`. It hands the importer the same partial structure the library's parser does:
 * the file's header, then each table's `rows` growing, marked `incomplete` until its `]`.
 * Everything else (revival of typed values, filter, transform, the one transaction, the
 * writes) stays the library's.
 */
import type { JsonStream } from 'dexie-export-import/dist/json-stream';
import type { DexieExportJsonStructure } from 'dexie-export-import/dist/json-structure';

type Partial = globalThis.Partial<DexieExportJsonStructure>;
type TableRows = unknown[] & { incomplete?: boolean };
export interface TableExport {
  tableName: string;
  inbound: boolean;
  rows: TableRows;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;

/** Depths of the export's layout: file object, `data`, `data.data`, a table, its `rows`. */
const DATA_ARRAY_DEPTH = 3;
const TABLE_DEPTH = 4;
const ROWS_DEPTH = 5;

const END_OF_HEADER = /"data"\s*:\s*\{[\s\S]*"data"\s*:\s*\[$/;
const START_OF_ROWS = /"rows"\s*:\s*\[$/;

/** Index of the quote closing the string whose opening quote is before `from`, or -1. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

/** A parser fed a backup's bytes in order, however they are cut. */
export interface BackupJsonParser {
  /** One object, filled in as the text arrives (the importer holds on to its arrays). */
  result: Partial & { data?: { data: TableExport[] } };
  /** Parses the next `bytes`; `isLast` when no more follow (a file cut short throws). */
  accept(bytes: ArrayBuffer | Uint8Array, isLast: boolean): Partial;
  /** The file's object is closed. */
  done(): boolean;
}

/** A parser of a backup in dexie-export-import's layout (see the file's comment). */
export function backupJsonParser(): BackupJsonParser {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** Text decoded and not yet consumed; `scan` is where the walk stands in it. */
  let text = '';
  let scan = 0;
  let depth = 0;
  let inString = false;
  let isDone = false;
  /** Where the current piece of structure (header, table header, first pending row) starts. */
  let pieceStart = 0;
  let dataArrayOpen = false;
  let table: TableExport | undefined;
  /** The last comma between rows seen in this pull, or -1. */
  let lastBoundary = -1;
  const result: BackupJsonParser['result'] = {};

  const fail = (why: string): never => {
    throw new Error(`The backup's JSON is not laid out as an export: ${why}.`);
  };

  /** Parses the complete rows from `pieceStart` to `end` (exclusive) into the open table. */
  const takeRows = (end: number) => {
    const slice = text.slice(pieceStart, end).trim();
    if (slice.length === 0) return;
    const rows = JSON.parse(`[${slice}]`) as unknown[];
    const target = table!.rows;
    for (const row of rows) target.push(row);
  };

  /** Walks `text` from `scan`, taking every complete piece of structure. */
  const walk = () => {
    const length = text.length;
    let at = scan;
    while (at < length) {
      if (inString) {
        const end = closingQuote(text, at);
        if (end < 0) {
          at = length;
          break;
        }
        inString = false;
        at = end + 1;
        continue;
      }
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        inString = true;
      } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        depth++;
        if (depth === TABLE_DEPTH && dataArrayOpen) {
          if (code !== OPEN_OBJECT) fail('a table is not an object');
          pieceStart = at;
        } else if (depth === DATA_ARRAY_DEPTH && !dataArrayOpen && code === OPEN_ARRAY) {
          const header = text.slice(0, at + 1);
          if (END_OF_HEADER.test(header)) {
            const parsed = JSON.parse(`${header}]}}`) as Partial;
            Object.assign(result, parsed);
            result.data!.data = Object.assign([], { incomplete: true });
            dataArrayOpen = true;
          }
        } else if (depth === ROWS_DEPTH && dataArrayOpen) {
          const header = text.slice(pieceStart, at + 1);
          if (!START_OF_ROWS.test(header)) fail('a table has an array before its rows');
          table = JSON.parse(`${header}]}`) as TableExport;
          table.rows = Object.assign([], { incomplete: true });
          result.data!.data.push(table);
          pieceStart = at + 1;
        }
      } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        if (depth === ROWS_DEPTH && table) {
          // The rows' `]`: the last row, then the table is whole.
          takeRows(at);
          delete table.rows.incomplete;
          table = undefined;
          lastBoundary = -1;
        } else if (depth === DATA_ARRAY_DEPTH && dataArrayOpen) {
          delete (result.data!.data as TableRows).incomplete;
        }
        depth--;
        if (depth === 0) isDone = true;
      } else if (code === COMMA && depth === ROWS_DEPTH && table) {
        // Rows are taken in batches: a boundary is only remembered here, and the batch up
        // to the last one is parsed when this pull's text runs out.
        lastBoundary = at;
      }
      at++;
    }
    scan = at;
    if (table && lastBoundary > pieceStart) {
      takeRows(lastBoundary);
      pieceStart = lastBoundary + 1;
    }
    lastBoundary = -1;
    // Drops what is consumed: nothing before the data array opens (the header is parsed
    // whole), then all but a table's header or its rows not yet taken.
    let dropFrom = !dataArrayOpen
      ? 0
      : table || depth === TABLE_DEPTH
        ? Math.min(pieceStart, scan)
        : scan;
    // Backslashes just before the cut decide whether the next quote is escaped: kept.
    while (dropFrom > 0 && text.charCodeAt(dropFrom - 1) === BACKSLASH) dropFrom--;
    if (dropFrom > 0) {
      text = text.slice(dropFrom);
      scan -= dropFrom;
      pieceStart -= dropFrom;
    }
  };

  return {
    result,
    accept(bytes, isLast) {
      text += decoder.decode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
        stream: !isLast,
      });
      walk();
      if (isLast && !isDone) fail('it ends before its last bracket');
      return result;
    },
    done: () => isDone,
  };
}

/** A `JsonStream` over `blob`, a backup in dexie-export-import's layout. */
export function backupJsonStream(blob: Blob): JsonStream<DexieExportJsonStructure> {
  const parser = backupJsonParser();
  let read = 0;
  const accept = (bytes: ArrayBuffer) => {
    read += bytes.byteLength;
    return parser.accept(bytes, read >= blob.size);
  };
  return {
    result: parser.result,
    async pullAsync(numBytes) {
      return accept(await blob.slice(read, read + numBytes).arrayBuffer());
    },
    pullSync(numBytes) {
      // Only called where `FileReaderSync` exists (a worker): the importer checks.
      const { FileReaderSync } = globalThis as unknown as {
        FileReaderSync: new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer };
      };
      return accept(new FileReaderSync().readAsArrayBuffer(blob.slice(read, read + numBytes)));
    },
    done: () => parser.done(),
    eof: () => read >= blob.size,
  };
}
