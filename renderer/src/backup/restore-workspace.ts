/**
 * Restores a backup as the whole workspace, so that a restore killed at any moment leaves
 * the old workspace or the new one, never a mix. dexie-export-import's `importInto` with
 * `clearTablesBeforeImport` is not that: it clears each table in a transaction of its own
 * before the import's transaction starts. So the backup is imported into a new database,
 * verified there (counts and digests of every row as it is read), brought to the current
 * schema by the app's own upgrades, the current workspace is snapshotted (while the import
 * runs; kept only if it succeeds), and only then the workspace pointer moves to the new
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
import { READ_CHUNK_BYTES } from './verify-backup';

export type RestoreOutcome =
  | { kind: 'restored'; databaseName: string; manifest: BackupManifest; snapshot: BackupEntry }
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
 * Imports `file` into a new database `name`, digesting every row as it is stored, and
 * brings it to this schema. Answers why it is refused (verification), or undefined; throws
 * when the file cannot be read or `signal` stops it. Leaves the database for the caller to
 * delete on any outcome but success.
 */
async function importVerified(
  file: Blob,
  manifest: BackupManifest,
  name: string,
  signal: AbortSignal,
  onProgress?: (progress: BackupProgress) => void,
): Promise<string | undefined> {
  const digests = new TableDigests(manifest.formatVersion);
  const sizeBytes = file.size;
  const imported = await importDB(backupJsonStream(file), {
    name,
    chunkSizeBytes: READ_CHUNK_BYTES,
    // Rows are digested as they are stored: after the keys the export escaped are back.
    // Throwing aborts the import's one transaction.
    transform: (table, value) => {
      signal.throwIfAborted();
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
  signal.throwIfAborted();
  const problems = compareTables(
    manifest.tables,
    await digests.finish(manifest.tables.map((table) => table.name)),
  );
  if (problems.length > 0)
    return `The backup failed verification (${problems.join('; ')}). Nothing was changed.`;
  // An older backup is brought to this schema by the same upgrades a user's database runs.
  const upgraded = new SourcemarkDatabase(name);
  await upgraded.open();
  upgraded.close();
  return undefined;
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
  // The import into the new database and the snapshot of the current one run at once: each
  // waits on IndexedDB or the host much of its time, which the other fills. The snapshot
  // takes its final name only once the import is verified (`beforeCommit`); the first to
  // fail stops the other, and is the one reported.
  const both = new AbortController();
  const stopBoth = () => both.abort();
  signal?.addEventListener('abort', stopBoth, { once: true });
  let failedFirst: 'import' | 'snapshot' | undefined;
  const failed = (which: 'import' | 'snapshot') => {
    failedFirst ??= which;
    both.abort();
  };
  let isImported = false;
  const importing = importVerified(file, manifest, name, both.signal, onProgress).then(
    (refusal) => {
      if (refusal !== undefined) failed('import');
      isImported = true;
      onProgress?.({ phase: 'snapshot', done: 0, total: 1 });
      return refusal;
    },
    (error: unknown) => {
      failed('import');
      throw error;
    },
  );
  const snapshotting = takeSnapshot(
    api,
    current,
    'before-restore',
    // One progress bar: the snapshot's phases show once the import is done.
    (progress) => {
      if (isImported) onProgress?.(progress);
    },
    {
      signal: both.signal,
      beforeCommit: async () => {
        await importing.catch(() => {});
        both.signal.throwIfAborted();
      },
    },
  ).catch((error: unknown) => {
    failed('snapshot');
    throw error;
  });
  const [imported, snapshotted] = await Promise.allSettled([importing, snapshotting]);
  signal?.removeEventListener('abort', stopBoth);
  const detail = (result: PromiseSettledResult<unknown>) =>
    result.status === 'rejected'
      ? result.reason instanceof Error
        ? result.reason.message
        : String(result.reason)
      : '';

  // The last moment a cancel is honoured: a snapshot already committed is kept, harmless.
  if (signal?.aborted || failedFirst !== undefined || snapshotted.status === 'rejected') {
    await Dexie.delete(name).catch(() => {});
    if (signal?.aborted) return { kind: 'cancelled' };
    if (failedFirst === 'import' && imported.status === 'fulfilled')
      return { kind: 'refused', reason: imported.value! };
    if (failedFirst === 'import')
      return {
        kind: 'refused',
        reason: `The backup cannot be read (${detail(imported)}). Nothing was changed.`,
      };
    return {
      kind: 'refused',
      reason: `The current workspace could not be snapshotted first (${detail(snapshotted)}). Nothing was changed.`,
    };
  }
  const snapshot = snapshotted.value.entry;
  onProgress?.({ phase: 'switch', done: 1, total: 1 });
  switchActiveDatabase(name);
  return { kind: 'restored', databaseName: name, manifest, snapshot };
}
