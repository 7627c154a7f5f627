/**
 * The whole workspace as one backup file's contents: dexie-export-import's streamed export
 * (a chunk of rows per read, each chunk a Blob the browser may keep on disk), every table's
 * rows counted and digested as they go out, and the manifest appended once all are out.
 */
import type { Dexie } from 'dexie';
import { exportDB } from 'dexie-export-import';
import type { BackupManifest, SnapshotReason } from '../../../preload/api';
import { manifestMember, withManifest } from './backup-file';
import { ORIGINAL_DATABASE_NAME } from './active-database';
import { escapeKeys, mayNeedEscape } from './escape-keys';
import { exportPlain, exportPlainTo, type ExportSink } from './plain-export';
import { DIGEST_FORMAT_VERSION, TableDigests } from './table-digest';

/** Rows read from a table at a time: a bounded batch, whatever the table's size. */
export const ROWS_PER_CHUNK = 2000;

export interface ExportedWorkspace {
  file: Blob;
  manifest: BackupManifest;
}

export interface ExportOptions {
  appVersion: string;
  reason?: SnapshotReason;
  /** Stops the export at the next row (it rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Rows out so far, of how many. */
  onProgress?: (rows: number, totalRows: number) => void;
}

/**
 * Exports every table of `database` in one read transaction, so the file is one moment's:
 * without typeson when every row is plain JSON (`plain-export.ts`), through the library
 * otherwise.
 */
export async function exportWorkspace(
  database: Dexie,
  options: ExportOptions,
): Promise<ExportedWorkspace> {
  const digests = new TableDigests(DIGEST_FORMAT_VERSION);
  const plain = await exportPlain(database, {
    rowsPerChunk: ROWS_PER_CHUNK,
    digests,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (plain) return withDigests(database, plain, digests, options);
  return exportWithLibrary(database, options);
}

/**
 * `exportWorkspace` into `out` as it is read, the manifest last; answers the manifest.
 * `null` when the workspace holds a row that is not plain JSON: what `out` was given is then
 * not a file, and the export must go through the library (`exportWithLibrary`).
 */
export async function exportWorkspaceTo(
  database: Dexie,
  out: ExportSink,
  options: ExportOptions,
): Promise<BackupManifest | null> {
  const digests = new TableDigests(DIGEST_FORMAT_VERSION);
  const isPlain = await exportPlainTo(database, out, {
    rowsPerChunk: ROWS_PER_CHUNK,
    digests,
    signal: options.signal,
    onProgress: options.onProgress,
    databaseName: ORIGINAL_DATABASE_NAME,
  });
  if (!isPlain) return null;
  const manifest = await manifestOf(database, digests, options);
  out.write(manifestMember(manifest));
  return manifest;
}

/** The export through dexie-export-import, typeson and all. */
export async function exportWithLibrary(
  database: Dexie,
  options: ExportOptions,
): Promise<ExportedWorkspace> {
  const { signal, onProgress } = options;
  const digests = new TableDigests(DIGEST_FORMAT_VERSION);
  // Rows whose spelling shows a key to escape: most rows have none and skip the walk.
  const toEscape = new WeakSet<object>();
  const exported = await exportDB(database, {
    numRowsPerChunk: ROWS_PER_CHUNK,
    // Sees every row as it is exported, in primary-key order: the digests are of exactly
    // the rows the file holds.
    filter: (table, value) => {
      signal?.throwIfAborted();
      const spelled = digests.spell(value);
      digests.addSpelled(table, spelled);
      digests.annotations.see(table, value);
      if (mayNeedEscape(spelled) && typeof value === 'object' && value !== null)
        toEscape.add(value);
      return true;
    },
    transform: (_table, value) => ({
      value: toEscape.has(value as object) ? escapeKeys(value) : value,
    }),
    progressCallback: (progress) => {
      onProgress?.(progress.completedRows, progress.totalRows ?? 0);
      return true;
    },
  });
  return withDigests(database, exported, digests, options);
}

/** The manifest of the rows `digests` saw. */
export async function manifestOf(
  database: Dexie,
  digests: TableDigests,
  { appVersion, reason }: ExportOptions,
): Promise<BackupManifest> {
  return {
    kind: 'sourcemark-backup',
    formatVersion: DIGEST_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    appVersion,
    schemaVersion: database.verno,
    ...(reason ? { reason } : {}),
    tables: await digests.finish(database.tables.map((table) => table.name)),
    annotations: digests.annotations.total,
  };
}

/** `exported` with the manifest of its digests appended. */
async function withDigests(
  database: Dexie,
  exported: Blob,
  digests: TableDigests,
  options: ExportOptions,
): Promise<ExportedWorkspace> {
  const manifest = await manifestOf(database, digests, options);
  return { file: await withManifest(exported, manifest, ORIGINAL_DATABASE_NAME), manifest };
}
