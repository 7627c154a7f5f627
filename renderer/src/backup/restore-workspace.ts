/**
 * Restores a backup as the whole workspace, so that a restore killed at any moment leaves
 * the old workspace or the new one, never a mix. dexie-export-import's `importInto` with
 * `clearTablesBeforeImport` is not that: it clears each table in a transaction of its own
 * before the import's transaction starts. Two paths keep the guarantee:
 * - a backup of this schema is restored in place (`restore-in-place.ts`): one read-write
 *   transaction writes the rows that differ and deletes those the backup lacks, verifying
 *   every row as it is read, and commits only once the snapshot of the workspace it replaces
 *   is kept;
 * - an older backup (or a file that path cannot take) is imported into a new database,
 *   verified there, brought to the current schema by the app's own upgrades, and only then
 *   the workspace pointer moves to it (`active-database.ts`): one write. Its snapshot is
 *   written while the import runs and takes its final name only once the import verified.
 * A workspace holding no row is not snapshotted: there is nothing to keep.
 * Cancelling (`signal`) before the commit, or the switch, leaves the workspace in use as it
 * was, and no unfinished snapshot behind.
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
import {
  NotInPlace,
  restoreInPlace,
  RestoreVerificationFailed,
  type InPlaceCounts,
} from './restore-in-place';
import { isWorkspaceEmpty } from './workspace-empty';
import { READ_CHUNK_BYTES } from './verify-backup';

export type RestoreOutcome =
  | {
      kind: 'restored';
      databaseName: string;
      manifest: BackupManifest;
      /** The snapshot of the workspace replaced; none when it held no row. */
      snapshot?: BackupEntry;
      /** Rows written, deleted and left as they were, when restored in place. */
      counts?: InPlaceCounts;
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

type Snapshotted = { ok: true; entry?: BackupEntry } | { ok: false; error: unknown };

/**
 * The snapshot of `current` a restore takes, started beside the import: the import mostly
 * waits for IndexedDB to store rows (one request a row), the snapshot mostly works on the
 * page's thread, so they overlap. It takes its final name only once `imported` resolves:
 * a backup that fails verification leaves no snapshot behind, as before.
 */
function snapshotBeside(
  api: SourcemarkApi,
  current: Dexie,
  imported: Promise<void>,
  signal: AbortSignal,
  onProgress: (progress: BackupProgress) => void,
): Promise<Snapshotted> {
  return (async (): Promise<Snapshotted> => {
    // A workspace holding no row has nothing to keep.
    if (await isWorkspaceEmpty(current)) return { ok: true };
    const { entry } = await takeSnapshot(api, current, 'before-restore', {
      onProgress,
      signal,
      beforeCommit: () => imported,
    });
    return { ok: true, entry };
  })().catch((error: unknown) => ({ ok: false, error }));
}

const snapshotRefusal = (error: unknown): RestoreOutcome => ({
  kind: 'refused',
  reason: `The current workspace could not be snapshotted first (${
    error instanceof Error ? error.message : String(error)
  }). Nothing was changed.`,
});

/**
 * Imports `file` into the new database `name` and verifies it there (counts and digests of
 * every row as it is read), then brings it to this schema; deletes it when any of that fails.
 */
async function importVerified(
  file: Blob,
  manifest: BackupManifest,
  name: string,
  signal: AbortSignal,
  onProgress?: (progress: BackupProgress) => void,
): Promise<{ ok: true } | { ok: false; outcome: RestoreOutcome }> {
  const digests = new TableDigests(manifest.formatVersion);
  const sizeBytes = file.size;
  try {
    const imported = await importDB(backupJsonStream(file), {
      name,
      chunkSizeBytes: READ_CHUNK_BYTES,
      // Rows are digested as they are stored: after the keys the export escaped are back.
      // Throwing aborts the import's one transaction; the database is deleted below.
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
    if (problems.length > 0) {
      await Dexie.delete(name);
      const reason = `The backup failed verification (${problems.join('; ')}). Nothing was changed.`;
      return { ok: false, outcome: { kind: 'refused', reason } };
    }
    // An older backup is brought to this schema by the same upgrades a user's database runs.
    const upgraded = new SourcemarkDatabase(name);
    await upgraded.open();
    upgraded.close();
    return { ok: true };
  } catch (error) {
    await Dexie.delete(name).catch(() => {});
    if (signal.aborted) return { ok: false, outcome: { kind: 'cancelled' } };
    const detail = error instanceof Error ? error.message : String(error);
    const reason = `The backup cannot be read (${detail}). Nothing was changed.`;
    return { ok: false, outcome: { kind: 'refused', reason } };
  }
}

/**
 * The restore in place (`restore-in-place.ts`) with the snapshot of the workspace it
 * replaces. The snapshot reads the workspace first; the restore's transaction starts once
 * that read is over, runs while the snapshot is written to disk and verified, and commits
 * only after the snapshot has its final name. The snapshot keeps that name only once the
 * restore verified the backup. Answers undefined when the file needs the new-database path:
 * nothing was written and no snapshot kept.
 */
async function restoreInPlaceWithSnapshot(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  manifest: BackupManifest,
  { onProgress, signal }: RestoreOptions,
): Promise<RestoreOutcome | undefined> {
  let settleVerified!: (error?: unknown) => void;
  const verified = new Promise<void>((resolve, reject) => {
    settleVerified = (error) => (error === undefined ? resolve() : reject(error));
  });
  verified.catch(() => {});
  let exported!: () => void;
  const isExported = new Promise<void>((resolve) => (exported = resolve));
  const snapshotStop = new AbortController();
  let isRestoring = true;
  let snapshotError: unknown;
  // A workspace holding no row has nothing to keep.
  const snapshot: Promise<BackupEntry | undefined> = (await isWorkspaceEmpty(current))
    ? Promise.resolve(undefined)
    : takeSnapshot(api, current, 'before-restore', {
        signal: signal ? AbortSignal.any([signal, snapshotStop.signal]) : snapshotStop.signal,
        beforeCommit: () => verified,
        onExported: exported,
        onProgress: (progress) => {
          if (!isRestoring) onProgress?.(progress);
        },
      }).then(
        (written) => written.entry,
        (error: unknown) => {
          snapshotError = error;
          throw error;
        },
      );
  snapshot.catch(() => {});
  // The restore's write waits for the snapshot's read; a snapshot failing first ends both.
  await Promise.race([
    isExported,
    snapshot.then(
      () => {},
      () => {},
    ),
  ]);
  try {
    const counts = await restoreInPlace(file, manifest, current.name, {
      onProgress,
      signal,
      onVerified: () => {
        settleVerified();
        isRestoring = false;
        onProgress?.({ phase: 'snapshot', done: 0, total: 1 });
      },
      beforeCommit: () => snapshot,
    });
    const entry = await snapshot;
    onProgress?.({ phase: 'switch', done: 1, total: 1 });
    return {
      kind: 'restored',
      databaseName: current.name,
      manifest,
      counts,
      ...(entry ? { snapshot: entry } : {}),
    };
  } catch (error) {
    settleVerified(error);
    snapshotStop.abort(error);
    // The snapshot removes its unfinished file before the outcome is told.
    await snapshot.catch(() => {});
    if (error instanceof NotInPlace) return undefined;
    if (signal?.aborted) return { kind: 'cancelled' };
    if (error instanceof RestoreVerificationFailed)
      return { kind: 'refused', reason: `${error.message} Nothing was changed.` };
    if (snapshotError !== undefined) return snapshotRefusal(snapshotError);
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'refused',
      reason: `The backup cannot be read (${detail}). Nothing was changed.`,
    };
  }
}

/**
 * Restores `file` over the workspace held by `current`. On `restored` the page must load
 * again to open the new database; on `refused` nothing was changed.
 * The snapshot of the current workspace is taken while the backup is imported; its progress
 * is shown once the import is done. Either failing stops the other.
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

  // A backup of this schema is restored in place, writing only what differs; the other path
  // brings an older one through the app's upgrades in a database of its own.
  if (manifest.schemaVersion === current.verno) {
    const inPlace = await restoreInPlaceWithSnapshot(api, current, file, manifest, {
      onProgress,
      signal,
    });
    if (inPlace) return inPlace;
    if (signal?.aborted) return { kind: 'cancelled' };
  }

  const name = newRestoredDatabaseName();
  // Stops the import: the user cancelled, or the snapshot failed.
  const importStop = new AbortController();
  // Stops the snapshot: the user cancelled, or the import failed.
  const snapshotStop = new AbortController();
  const cancel = () => {
    importStop.abort(signal?.reason);
    snapshotStop.abort(signal?.reason);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    let isImporting = true;
    let settleImport!: (isDone: boolean) => void;
    const importDone = new Promise<void>((resolve, reject) => {
      settleImport = (isDone) =>
        isDone ? resolve() : reject(new Error('The backup was not imported.'));
    });
    // Only the snapshot awaits it, and a snapshot that failed first awaits nothing.
    importDone.catch(() => {});
    const snapshotted = snapshotBeside(
      api,
      current,
      importDone,
      snapshotStop.signal,
      (progress) => {
        if (!isImporting) onProgress?.(progress);
      },
    ).then((result) => {
      if (!result.ok) importStop.abort(result.error);
      return result;
    });
    const imported = await importVerified(file, manifest, name, importStop.signal, onProgress);
    isImporting = false;
    settleImport(imported.ok);
    if (!imported.ok) {
      snapshotStop.abort();
      const snapshot = await snapshotted;
      if (signal?.aborted) return { kind: 'cancelled' };
      // The import stopped because the snapshot failed: that is the reason to give.
      if (!snapshot.ok && imported.outcome.kind === 'cancelled')
        return snapshotRefusal(snapshot.error);
      return imported.outcome;
    }
    onProgress?.({ phase: 'snapshot', done: 0, total: 1 });
    const snapshot = await snapshotted;
    // The last moment a cancel is honoured: a snapshot just taken is kept, harmless.
    if (signal?.aborted || !snapshot.ok) {
      await Dexie.delete(name).catch(() => {});
      return signal?.aborted || snapshot.ok
        ? { kind: 'cancelled' }
        : snapshotRefusal(snapshot.error);
    }
    onProgress?.({ phase: 'switch', done: 1, total: 1 });
    switchActiveDatabase(name);
    return {
      kind: 'restored',
      databaseName: name,
      manifest,
      ...(snapshot.entry ? { snapshot: snapshot.entry } : {}),
    };
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
