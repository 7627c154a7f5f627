/**
 * The whole workspace as one backup file's contents: dexie-export-import's streamed export
 * (a chunk of rows per read, each chunk a Blob the browser may keep on disk), every table's
 * rows counted and digested as they go out, and the manifest appended once all are out.
 */
import type { Dexie } from 'dexie';
import { exportDB } from 'dexie-export-import';
import type { BackupManifest, SnapshotReason } from '../../../preload/api';
import { withManifest } from './backup-file';
import { ORIGINAL_DATABASE_NAME } from './active-database';
import { escapeKeys } from './escape-keys';
import { TableDigests } from './table-digest';

/** Rows read from a table at a time: a bounded batch, whatever the table's size. */
export const ROWS_PER_CHUNK = 2000;

export interface ExportedWorkspace {
  file: Blob;
  manifest: BackupManifest;
}

export interface ExportOptions {
  appVersion: string;
  reason?: SnapshotReason;
  /** Rows out so far, of how many. */
  onProgress?: (rows: number, totalRows: number) => void;
}

/** Exports every table of `database` in one read transaction, so the file is one moment's. */
export async function exportWorkspace(
  database: Dexie,
  { appVersion, reason, onProgress }: ExportOptions,
): Promise<ExportedWorkspace> {
  const digests = new TableDigests();
  const exported = await exportDB(database, {
    numRowsPerChunk: ROWS_PER_CHUNK,
    // Sees every row as it is exported, in primary-key order: the digests are of exactly
    // the rows the file holds.
    filter: (table, value) => {
      digests.add(table, value);
      return true;
    },
    transform: (_table, value) => ({ value: escapeKeys(value) }),
    progressCallback: (progress) => {
      onProgress?.(progress.completedRows, progress.totalRows ?? 0);
      return true;
    },
  });
  const manifest: BackupManifest = {
    kind: 'sourcemark-backup',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    appVersion,
    schemaVersion: database.verno,
    ...(reason ? { reason } : {}),
    tables: await digests.finish(database.tables.map((table) => table.name)),
  };
  return { file: await withManifest(exported, manifest, ORIGINAL_DATABASE_NAME), manifest };
}
