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
import { createFileDigester, type FileDigester } from './file-digester';
import { TypedRowFound } from './revive-row';
import { addReadRow, compareTables, TableDigests } from './table-digest';

/** Bytes the reader parses at a time. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

export type Verification =
  | { ok: true; manifest: BackupManifest; tables: BackupTableSummary[] }
  | { ok: false; problems: string[]; manifest?: BackupManifest };

type Progress = (rows: number, totalRows: number) => void;

/** Digests every row of `file`, read in chunks of `READ_CHUNK_BYTES`. */
async function digestRows(
  file: Blob,
  digester: FileDigester,
  totalRows: number,
  onProgress?: Progress,
): Promise<void> {
  // An empty file is still handed to the parser once: it says the file ends too soon.
  for (let at = 0; at === 0 || at < file.size; at += READ_CHUNK_BYTES) {
    const bytes = await file.slice(at, at + READ_CHUNK_BYTES).arrayBuffer();
    const rows = digester.accept(bytes, at + READ_CHUNK_BYTES >= file.size);
    onProgress?.(rows, totalRows);
  }
}

/** The same digest through dexie-export-import's importer, which revives typed values. */
export async function digestThroughImporter(
  file: Blob,
  manifest: BackupManifest,
  onProgress?: Progress,
): Promise<BackupTableSummary[]> {
  const digests = new TableDigests(manifest.formatVersion);
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
  return digests.finish(manifest.tables.map((table) => table.name));
}

/** Counts and digests every table's rows in `file`, reading it once, in chunks. */
export async function digestBackupFile(
  file: Blob,
  manifest: BackupManifest,
  onProgress?: Progress,
): Promise<BackupTableSummary[]> {
  const names = manifest.tables.map((table) => table.name);
  const totalRows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const digester = createFileDigester(manifest.formatVersion);
  try {
    await digestRows(file, digester, totalRows, onProgress);
  } catch (error) {
    if (!(error instanceof TypedRowFound)) throw error;
    return digestThroughImporter(file, manifest, onProgress);
  }
  return digester.finish(names);
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
  return verifyDigested(file, expected, (manifest) => digestBackupFile(file, manifest, onProgress));
}

/**
 * `verifyBackup` with the rows' counts and digests given by `digest` (the file's rows
 * digested as they were written, `streamed-verification.ts`): `file`'s manifest is read
 * and checked here, the rows are not read again.
 */
export async function verifyDigested(
  file: Blob,
  expected: BackupManifest | undefined,
  digest: (manifest: BackupManifest) => Promise<BackupTableSummary[]>,
): Promise<Verification> {
  const found = await readManifest(file);
  if ('problem' in found) return { ok: false, problems: [found.problem] };
  const manifest = expected ?? found;
  if (expected && JSON.stringify(expected) !== JSON.stringify(found))
    return { ok: false, manifest, problems: ['The manifest in the file is not the one written.'] };
  let tables: BackupTableSummary[];
  try {
    tables = await digest(manifest);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, manifest, problems: [`The file cannot be read as a backup: ${detail}`] };
  }
  const problems = compareTables(manifest.tables, tables);
  return problems.length > 0 ? { ok: false, manifest, problems } : { ok: true, manifest, tables };
}
