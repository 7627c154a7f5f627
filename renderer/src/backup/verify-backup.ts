/**
 * Checks a backup file against its manifest: every row read back with dexie-export-import's
 * own streaming reader (the reader a restore uses), counted and digested per table, nothing
 * written. The reader needs a database with the file's tables to read into; an empty
 * scratch copy of the schema serves, and its `filter` refuses every row.
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

/** Counts and digests every table's rows in `file`, reading it once, in chunks. */
export async function digestBackupFile(
  file: Blob,
  manifest: BackupManifest,
  onProgress?: (rows: number, totalRows: number) => void,
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
