/**
 * Automatic snapshots: the workspace written and verified into the host's snapshot folder,
 * which then prunes by its retention policy. Used daily, before a schema upgrade, before an
 * import writing more than `LARGE_WRITE_ROWS` rows, and before a restore.
 */
import type { Dexie } from 'dexie';
import type { SnapshotReason, SourcemarkApi } from '../../../preload/api';
import { writeBackup, type WriteBackupOptions, type WrittenBackup } from './write-backup';

export { LARGE_WRITE_ROWS } from './large-write';

/** The host's app version, for the manifest ('unknown' when the host cannot say). */
export async function hostAppVersion(api: SourcemarkApi): Promise<string> {
  const info = await api.app.info();
  return info.ok ? info.value.version : 'unknown';
}

export type SnapshotOptions = Pick<
  WriteBackupOptions,
  'onProgress' | 'signal' | 'beforeCommit' | 'onExported'
>;

/** Writes a verified snapshot of `database`; throws when it could not be made. */
export async function takeSnapshot(
  api: SourcemarkApi,
  database: Dexie,
  reason: SnapshotReason,
  options: SnapshotOptions = {},
): Promise<WrittenBackup> {
  const written = await writeBackup(
    api,
    database,
    { kind: 'snapshot', reason },
    { appVersion: await hostAppVersion(api), ...options },
  );
  // A snapshot has no dialog to cancel.
  if (!written) throw new Error('The host did not open a snapshot file.');
  return written;
}
