/**
 * Restores a backup as the whole workspace, so that a restore killed at any moment leaves
 * the old workspace or the new one, never a mix. dexie-export-import's `importInto` with
 * `clearTablesBeforeImport` is not that: it clears each table in a transaction of its own
 * before the import's transaction starts. Two paths keep the guarantee:
 * - a backup of this schema is restored in place (`restore-in-place.ts`): one read-write
 *   transaction writes the rows that differ and deletes those the backup lacks, verifying
 *   every row as it is read, and commits only once the snapshot of the workspace it
 *   replaces is kept;
 * - an older backup, or a file that path cannot take, is restored into a new database
 *   (`restore-new-database.ts`), brought to this schema by the app's own upgrades, and the
 *   workspace pointer moves to it once it is verified.
 * A workspace holding no row is not snapshotted: there is nothing to keep.
 */
import type { Dexie } from 'dexie';
import type { BackupEntry, BackupManifest, SourcemarkApi } from '../../../preload/api';
import { readManifest } from './backup-file';
import type { BackupProgress } from './backup-progress';
import { readFromHost } from './host-file-stream';
import { restoreInPlace } from './restore-in-place';
import { restoreIntoNewDatabase } from './restore-new-database';
import type { RestoreOptions, RestoreOutcome } from './restore-outcome';

export { RESTORE_CANCELLED_MESSAGE } from './restore-outcome';
export type { RestoreOptions, RestoreOutcome } from './restore-outcome';

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

/**
 * Restores `file` over the workspace held by `current`. On `restored` the page must load
 * again to open the restored workspace; on `refused` or `cancelled` nothing was changed.
 */
export async function restoreWorkspace(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  options: RestoreOptions = {},
): Promise<RestoreOutcome> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return { kind: 'cancelled' };
  const manifest = await readManifest(file);
  if ('problem' in manifest) return { kind: 'refused', reason: manifest.problem };
  const schemaRefusal = refusalForSchema(manifest, current.verno);
  if (schemaRefusal) return { kind: 'refused', reason: schemaRefusal };

  // A backup of this schema is restored in place, writing only what differs; the other path
  // brings an older one through the app's upgrades in a database of its own.
  if (manifest.schemaVersion === current.verno) {
    const inPlace = await restoreInPlace(api, current, file, manifest, options);
    if (inPlace) return inPlace;
    if (signal?.aborted) return { kind: 'cancelled' };
  }

  return restoreIntoNewDatabase(api, current, file, manifest, { onProgress, signal });
}
