/**
 * Checks a backup file against its manifest: every row read back with the reader a restore
 * uses (`backup-json-stream.ts`), counted and digested per table, nothing written.
 * Rows are taken straight from the reader: the file is walked once, with no database. Only
 * a file holding a row typeson marked other than for an `undefined` member or an array (a
 * Date, bytes, a Map…; the app stores none), or a table keeping its keys outside its rows, is read
 * through dexie-export-import's importer, whose reviver restores such values
 * before they are digested; the importer needs a database with the file's tables, and an
 * empty scratch copy of the schema serves, its `filter` refusing every row. Walking it
 * directly saves the scratch database and the importer's keep-alive requests.
 */
import { importInto } from 'dexie-export-import';
import type { BackupManifest, BackupTableSummary } from '../../../preload/api';
import { SourcemarkDatabase } from '../db/db';
import { VERIFY_DATABASE_PREFIX } from './active-database';
import { readManifest } from './backup-file';
import { backupJsonStream } from './backup-json-stream';
import { addReadRow, compareTables, TableDigests } from './table-digest';

/** Bytes the reader parses at a time. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

export type Verification =
  | { ok: true; manifest: BackupManifest; tables: BackupTableSummary[] }
  | { ok: false; problems: string[]; manifest?: BackupManifest };

type Progress = (rows: number, totalRows: number) => void;

/** A file holding a row typeson marked: read through the importer instead. */
export class TypedRowFound extends Error {}

const unescapePart = (part: string) => part.replace(/~1/g, '.').replace(/~0/g, '~');

/**
 * `row` as the library's reviver gives it back, when typeson marked only `undefined`
 * members (written as 0) and arrays (revived as they are), as it marks every row the app
 * stores (`plain-export.ts`); a row with any other mark throws `TypedRowFound`.
 */
export function revived(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const record = row as Record<string, unknown>;
  const types = record.$types;
  if (types === undefined) return row;
  if (typeof types !== 'object' || types === null) throw new TypedRowFound();
  for (const [path, type] of Object.entries(types)) {
    const parts = path.split('.').map(unescapePart);
    let parent: unknown = record;
    for (const part of parts.slice(0, -1)) parent = (parent as Record<string, unknown>)[part];
    if (typeof parent !== 'object' || parent === null) throw new TypedRowFound();
    const key = parts[parts.length - 1]!;
    const member = (parent as Record<string, unknown>)[key];
    if (type === 'undef') (parent as Record<string, unknown>)[key] = undefined;
    // An array with keys that are not indexes is written as an object: the importer's.
    else if (type !== 'arrayNonindexKeys' || !Array.isArray(member)) throw new TypedRowFound();
  }
  delete record.$types;
  return row;
}

/** Digests every row of `file`, as the reader hands them, pull by pull. */
async function digestRows(
  file: Blob,
  digests: TableDigests,
  totalRows: number,
  onProgress?: Progress,
): Promise<void> {
  const stream = backupJsonStream(file);
  let done = 0;
  while (!stream.done()) {
    // The reader throws on a file that ends before its last bracket.
    const { data } = await stream.pullAsync(READ_CHUNK_BYTES);
    const tables = data?.data ?? [];
    for (const table of tables) {
      const rows = table.rows as unknown[];
      for (const row of rows) {
        // Tables with keys outside their rows hold `[key, value]` pairs: the importer reads them.
        if (!table.inbound) throw new TypedRowFound();
        addReadRow(digests, table.tableName, revived(row));
      }
      done += rows.length;
      // The same array: the reader goes on filling it.
      rows.length = 0;
    }
    // Tables read to their end are dropped; the reader appends new ones to the same array.
    const open = tables.filter((table) => (table.rows as { incomplete?: boolean }).incomplete);
    tables.splice(0, tables.length, ...open);
    onProgress?.(done, totalRows);
  }
}

/** The same digest through dexie-export-import's importer, which revives typed values. */
async function digestThroughImporter(
  file: Blob,
  digests: TableDigests,
  onProgress?: Progress,
): Promise<void> {
  const scratch = new SourcemarkDatabase(`${VERIFY_DATABASE_PREFIX}${Date.now()}`);
  try {
    await importInto(scratch, backupJsonStream(file), {
      acceptNameDiff: true,
      acceptVersionDiff: true,
      chunkSizeBytes: READ_CHUNK_BYTES,
      filter: (table, value) => {
        addReadRow(digests, table, value);
        return false;
      },
      progressCallback: (progress) => {
        onProgress?.(progress.completedRows, progress.totalRows ?? 0);
        return true;
      },
    });
  } finally {
    await scratch.delete();
  }
}

/** Counts and digests every table's rows in `file`, reading it once, in chunks. */
export async function digestBackupFile(
  file: Blob,
  manifest: BackupManifest,
  onProgress?: Progress,
): Promise<BackupTableSummary[]> {
  const names = manifest.tables.map((table) => table.name);
  const totalRows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const digests = new TableDigests(manifest.formatVersion);
  try {
    await digestRows(file, digests, totalRows, onProgress);
  } catch (error) {
    if (!(error instanceof TypedRowFound)) throw error;
    const again = new TableDigests(manifest.formatVersion);
    await digestThroughImporter(file, again, onProgress);
    return again.finish(names);
  }
  return digests.finish(names);
}

/**
 * Reads `file` whole and checks it holds what its manifest says, or what `expected` says
 * (the manifest of the backup just written, as the database gave it).
 */
export async function verifyBackup(
  file: Blob,
  expected?: BackupManifest,
  onProgress?: (rows: number, totalRows: number) => void,
): Promise<Verification> {
  const found = await readManifest(file);
  if ('problem' in found) return { ok: false, problems: [found.problem] };
  const manifest = expected ?? found;
  if (expected && JSON.stringify(expected) !== JSON.stringify(found))
    return { ok: false, manifest, problems: ['The manifest in the file is not the one written.'] };
  let tables: BackupTableSummary[];
  try {
    tables = await digestBackupFile(file, manifest, onProgress);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, manifest, problems: [`The file cannot be read as a backup: ${detail}`] };
  }
  const problems = compareTables(manifest.tables, tables);
  return problems.length > 0 ? { ok: false, manifest, problems } : { ok: true, manifest, tables };
}
