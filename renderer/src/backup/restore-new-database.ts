/**
 * A restore into a new database, for a backup of an older schema (or a file the restore in
 * place cannot take): the backup is imported into a database of its own, verified there
 * (counts and digests of every row as it is read), brought to the current schema by the
 * app's own upgrades, and only then the workspace pointer moves to it
 * (`active-database.ts`): one write. A restore killed before that leaves the old workspace,
 * and the half-made database is removed at the next start.
 * The snapshot of the current workspace is written while the import runs (the import mostly
 * waits on IndexedDB, one request a row; the snapshot works on the page's thread) and takes
 * its final name only once the import verified.
 */
import { Dexie } from 'dexie';
import { importDB } from 'dexie-export-import';
import type { BackupEntry, BackupManifest, SourcemarkApi } from '../../../preload/api';
import { SourcemarkDatabase } from '../db/db';
import { newRestoredDatabaseName, switchActiveDatabase } from './active-database';
import { backupJsonStream } from './backup-json-stream';
import type { BackupProgress } from './backup-progress';
import { snapshotRefusal, type RestoreOptions, type RestoreOutcome } from './restore-outcome';
import { addReadRow, compareTables, TableDigests } from './table-digest';
import { takeSnapshot } from './take-snapshot';
import { READ_CHUNK_BYTES } from './verify-backup';
import { isWorkspaceEmpty } from './workspace-empty';

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
 * Restores `file` (its `manifest` read and checked) into a new database and points the
 * workspace at it; the snapshot of `current` is taken beside the import, and its progress
 * shown once the import is done. Either failing stops the other.
 */
export async function restoreIntoNewDatabase(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  manifest: BackupManifest,
  { onProgress, signal }: RestoreOptions,
): Promise<RestoreOutcome> {
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
