/**
 * dexie-export-import's export file, written without typeson when every row is plain JSON
 * (`plain-row.ts`): each row is spelled once for its digest, and that spelling is what the
 * file holds, instead of being encapsulated and spelled again. Typeson's walk and the second
 * spelling were 2.1 s of a 12 s backup of 100,000 annotations; with the verification's
 * direct read (`verify-backup.ts`) a backup went from 13.2–14.4 s to 10.6–11.6 s at load 3
 * (`npm run bench -- backup`). The layout, header and chunking are the library's
 * (`exportDB`, `plain-file-writer.ts`), byte for byte (`plain-export.test.ts`); a row that
 * is not plain answers `null`, and the caller exports through the library. */
import { Dexie } from 'dexie';
import { PlainFileWriter, type ExportSink } from './plain-file-writer';
import { FileRowEncoder } from './file-rows';
import { NotPlain } from './plain-row';
import { countAsRows, inKeyOrder, packName, PackedRowCursor, readRowPacks } from './row-packs';
import type { TableDigests } from './table-digest';

export type { ExportSink } from './plain-file-writer';
export { isPlainJson } from './plain-row';

export interface PlainExportOptions {
  rowsPerChunk: number;
  digests: TableDigests;
  signal?: AbortSignal;
  onProgress?: (rows: number, totalRows: number) => void;
  /** The database name the header gives (the database's own by default). */
  databaseName?: string;
}

/**
 * Exports every table of `database` in one read transaction, each row digested as it goes
 * out; `null` when a row is not plain JSON or a table keeps its keys outside its rows.
 */
export async function exportPlain(
  database: Dexie,
  options: PlainExportOptions,
): Promise<Blob | null> {
  const slices: BlobPart[] = [];
  // A chunk of rows becomes a Blob at once, as the library makes them: the browser may keep
  // it off the heap.
  const write = (part: string | Blob) =>
    slices.push(typeof part === 'string' && part.length > 4096 ? new Blob([part]) : part);
  const isPlain = await exportPlainTo(database, { write }, options);
  return isPlain ? new Blob([...slices, '}'], { type: 'text/json' }) : null;
}

/**
 * `exportPlain` into `out`, as it is read: the file but its closing brace, so a member may
 * follow (the backup's manifest). False when a row is not plain JSON (what `out` was given
 * is then not a file) or a table keeps its keys outside its rows (`out` was given nothing).
 */
export async function exportPlainTo(
  database: Dexie,
  out: ExportSink,
  { rowsPerChunk, digests, signal, onProgress, databaseName }: PlainExportOptions,
): Promise<boolean> {
  const tables = database.tables;
  // The library writes `[key, value]` pairs for those: not done here.
  if (tables.some((table) => !table.schema.primKey.keyPath)) return false;
  try {
    await database.transaction('r', tables, async () => {
      const [stored, rowPacks] = await Promise.all([
        Promise.all(tables.map((table) => table.count())),
        readRowPacks(database),
      ]);
      // Packs of annotation rows a restore wrote are spelled as the rows they hold, among
      // the others in key order (`row-packs.ts`): the storage form is not the content.
      const packed = new PackedRowCursor(rowPacks.rows);
      const isPackOfRows = (row: unknown) => {
        const { articleId, author } = row as { articleId?: unknown; author?: unknown };
        return rowPacks.names.has(packName(articleId, author));
      };
      const counts = stored.map((count, i) => countAsRows(tables[i]!.name, count, rowPacks));
      const totalRows = counts.reduce((sum, count) => sum + count, 0);
      const file = new PlainFileWriter(out, database, counts, databaseName ?? database.name);
      let done = 0;
      const encoder = new FileRowEncoder(digests);
      const spell = (tableName: string, rows: readonly unknown[]) => {
        const spelled = rows.map((row) => {
          signal?.throwIfAborted();
          return digests.spell(row);
        });
        return encoder.encode(tableName, rows, spelled);
      };
      for (const table of tables) {
        const isPacks = table.name === 'annotationPacks' || table.name === 'annotationPackIds';
        const keyPath = table.schema.primKey.keyPath as string | string[];
        const readAfter = (key: unknown): Promise<unknown[]> => {
          const chunk = key === undefined ? table.toCollection() : table.where(':id').above(key);
          const reading = chunk.limit(rowsPerChunk).toArray();
          // A chunk read ahead is awaited unless the export stops first (a row not plain JSON).
          reading.catch(() => {});
          return reading;
        };
        let reading = readAfter(undefined);
        for (;;) {
          onProgress?.(done, totalRows);
          const rows: unknown[] = await reading;
          if (rows.length === 0) break;
          const lastKey = Dexie.getByKeyPath(rows[rows.length - 1] as object, keyPath);
          // The next chunk is read while this one is spelled: IndexedDB works beside the script.
          const isLast = rows.length < rowsPerChunk;
          if (!isLast) reading = readAfter(lastKey);
          const shown =
            table.name === 'annotations'
              ? inKeyOrder(rows, packed.upTo(lastKey))
              : isPacks && rowPacks.names.size > 0
                ? rows.filter((row) => !isPackOfRows(row))
                : rows;
          file.rows(table.name, spell(table.name, shown));
          done += shown.length;
          if (isLast) break;
        }
        if (table.name === 'annotations') {
          const rest = packed.upTo(undefined);
          file.rows(table.name, spell(table.name, rest));
          done += rest.length;
        }
      }
      file.end();
      onProgress?.(done, totalRows);
    });
  } catch (error) {
    if (error instanceof NotPlain) return false;
    throw error;
  }
  return true;
}
