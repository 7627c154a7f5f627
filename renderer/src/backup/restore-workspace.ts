/**
 * Restores a backup as the whole workspace, so that a restore killed at any moment leaves
 * the old workspace or the new one, never a mix. dexie-export-import's `importInto` with
 * `clearTablesBeforeImport` is not that: it clears each table in a transaction of its own
 * before the import's transaction starts. So the backup is imported into a new database,
 * verified there (counts and digests of every row as it is read), brought to the current
 * schema by the app's own upgrades, the current workspace is snapshotted (unless it holds no
 * row: there is nothing to keep), and only then the workspace pointer moves to the new
 * database (`active-database.ts`): one write.
 * Cancelling (`signal`) at any point before that write deletes the new database and any
 * unfinished snapshot: the workspace in use was never written to.
 */
import { Dexie } from 'dexie';
import { importDB } from 'dexie-export-import';
import type { BackupEntry, BackupManifest, SourcemarkApi } from '../../../preload/api';
import { SourcemarkDatabase } from '../db/db';
import { newRestoredDatabaseName, switchActiveDatabase } from './active-database';
import { readManifest } from './backup-file';
import { backupJsonStream } from './backup-json-stream';
import type { BackupProgress } from './backup-progress';
import { readFromHost } from './host-file-stream';
import { addReadRow, compareTables, TableDigests } from './table-digest';
import { takeSnapshot } from './take-snapshot';
import { isWorkspaceEmpty } from './workspace-empty';
import { READ_CHUNK_BYTES } from './verify-backup';

export type RestoreOutcome =
  | {
      kind: 'restored';
      databaseName: string;
      manifest: BackupManifest;
      /** The snapshot of the workspace replaced; none when it held no row. */
      snapshot?: BackupEntry;
    }
  | { kind: 'refused'; reason: string }
  | { kind: 'cancelled' };

/** What the user is told when a restore is cancelled. */
export const RESTORE_CANCELLED_MESSAGE =
  'Restore cancelled. The workspace is as it was: nothing was changed.';

/** Reads a snapshot from the host's snapshot folder into a Blob. */
export function readSnapshot(
  api: SourcemarkApi,
  entry: BackupEntry,
  onProgress?: (progress: BackupProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  return readFromHost(
    entry.sizeBytes,
    (offset, length) => {
      signal?.throwIfAborted();
      return api.backup.readSnapshot(entry.id, offset, length);
    },
    (done) =>
      onProgress?.({ phase: 'read', done, total: entry.sizeBytes, sizeBytes: entry.sizeBytes }),
  );
}

/**
 * Why `manifest` cannot be restored into a workspace of schema `currentSchema`, or
 * undefined when it can: a backup from a newer schema would lose what this app cannot read.
 */
export function refusalForSchema(
  manifest: BackupManifest,
  currentSchema: number,
): string | undefined {
  if (manifest.schemaVersion <= currentSchema) return undefined;
  return (
    `This backup was made by a newer Sourcemark (version ${manifest.appVersion}, schema ` +
    `${manifest.schemaVersion}); this one reads schema ${currentSchema} and older. Update ` +
    'Sourcemark, then restore it. Nothing was changed.'
  );
}

export interface RestoreOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Cancels the restore; honoured until the switch, which is one write and cannot be. */
  signal?: AbortSignal;
}

/**
 * Restores `file` over the workspace held by `current`. On `restored` the page must load
 * again to open the new database; on `refused` nothing was changed.
 */
export async function restoreWorkspace(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  { onProgress, signal }: RestoreOptions = {},
): Promise<RestoreOutcome> {
  if (signal?.aborted) return { kind: 'cancelled' };
  const manifest = await readManifest(file);
  if ('problem' in manifest) return { kind: 'refused', reason: manifest.problem };
  const schemaRefusal = refusalForSchema(manifest, current.verno);
  if (schemaRefusal) return { kind: 'refused', reason: schemaRefusal };

  const name = newRestoredDatabaseName();
  const digests = new TableDigests(manifest.formatVersion);
  const sizeBytes = file.size;
  try {
    const imported = await importDB(backupJsonStream(file), {
      name,
      chunkSizeBytes: READ_CHUNK_BYTES,
      // Rows are digested as they are stored: after the keys the export escaped are back.
      // Throwing aborts the import's one transaction; the database is deleted below.
      transform: (table, value) => {
        signal?.throwIfAborted();
        return { value: addReadRow(digests, table, value) };
      },
      progressCallback: (progress) => {
        onProgress?.({
          phase: 'import',
          done: progress.completedRows,
          total: progress.totalRows ?? 0,
          sizeBytes,
        });
        return true;
      },
    });
    imported.close();
    signal?.throwIfAborted();
    const problems = compareTables(
      manifest.tables,
      await digests.finish(manifest.tables.map((table) => table.name)),
    );
    if (problems.length > 0) {
      await Dexie.delete(name);
      return {
        kind: 'refused',
        reason: `The backup failed verification (${problems.join('; ')}). Nothing was changed.`,
      };
    }
    // An older backup is brought to this schema by the same upgrades a user's database runs.
    const upgraded = new SourcemarkDatabase(name);
    await upgraded.open();
    upgraded.close();
  } catch (error) {
    await Dexie.delete(name).catch(() => {});
    if (signal?.aborted) return { kind: 'cancelled' };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'refused',
      reason: `The backup cannot be read (${detail}). Nothing was changed.`,
    };
  }

  onProgress?.({ phase: 'snapshot', done: 0, total: 1 });
  let snapshot: BackupEntry | undefined;
  try {
    if (!(await isWorkspaceEmpty(current)))
      snapshot = (await takeSnapshot(api, current, 'before-restore', onProgress, signal)).entry;
    // The last moment a cancel is honoured: the snapshot just taken is kept, harmless.
    signal?.throwIfAborted();
  } catch (error) {
    await Dexie.delete(name).catch(() => {});
    if (signal?.aborted) return { kind: 'cancelled' };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'refused',
      reason: `The current workspace could not be snapshotted first (${detail}). Nothing was changed.`,
    };
  }
  onProgress?.({ phase: 'switch', done: 1, total: 1 });
  switchActiveDatabase(name);
  return { kind: 'restored', databaseName: name, manifest, ...(snapshot ? { snapshot } : {}) };
}
