/**
 * The restore in place whose snapshot of the workspace is made from the rows the restore
 * reads (`restore-snapshot.ts`): one read-write transaction reads each stored row once,
 * tells it to the snapshot as it was, and writes what differs; the snapshot is streamed to
 * the host meanwhile, then verified from disk and named, and only then the transaction
 * commits. A page killed at any moment leaves the old workspace (with or without its
 * snapshot) or the restored one with its snapshot.
 */
import type { Dexie } from 'dexie';
import type { BackupEntry, BackupManifest, SourcemarkApi } from '../../../preload/api';
import { mergeBackupInPlace } from './in-place-merge';
import { NotPlain } from './plain-row';
import {
  restoredInPlace,
  snapshotRefusal,
  stoppedInPlace,
  type RestoreOptions,
  type RestoreOutcome,
} from './restore-outcome';
import { RestoreSnapshot, SnapshotFailed } from './restore-snapshot';
import { hostAppVersion } from './take-snapshot';
import { openBackupWrite, verifyAndCommit } from './write-backup';

/** A stored row only the library writes: the snapshot must be taken the other way. */
export const STORED_ROW_NOT_PLAIN = Symbol('stored row not plain');

/**
 * Restores `file` into `current` in place, its snapshot made from the rows read (see the
 * file's comment). Answers undefined when the file needs the new-database path, and
 * `STORED_ROW_NOT_PLAIN` when the snapshot cannot be written this way; in both cases
 * nothing was changed and no snapshot kept.
 */
export async function restoreReadingOnce(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  manifest: BackupManifest,
  { onProgress, signal, rowPackMin }: RestoreOptions,
): Promise<RestoreOutcome | undefined | typeof STORED_ROW_NOT_PLAIN> {
  const appVersion = await hostAppVersion(api);
  const opened = await api.backup.beginWrite({ kind: 'snapshot', reason: 'before-restore' });
  if (!opened.ok) return snapshotRefusal(new Error(opened.error.message));
  if (opened.value === null)
    return snapshotRefusal(new Error('The host did not open a snapshot file.'));
  const { writeId } = opened.value;
  const write = openBackupWrite(api, writeId, { onProgress, signal });
  const snapshot = new RestoreSnapshot(current, write.out);
  let entry: BackupEntry | undefined;
  try {
    const counts = await mergeBackupInPlace(file, manifest, current.name, {
      onProgress,
      signal,
      keepStored: snapshot,
      rowPackMin,
      onVerified: () => onProgress?.({ phase: 'snapshot', done: 0, total: 1 }),
      beforeCommit: async () => {
        try {
          const snapshotManifest = await snapshot.end(appVersion);
          write.exported(snapshot.totalRows);
          const streamed = await write.close(snapshotManifest);
          entry = (await verifyAndCommit(api, writeId, streamed, { onProgress, signal })).entry;
        } catch (error) {
          if (signal?.aborted || error instanceof SnapshotFailed) throw error;
          throw new SnapshotFailed(error);
        }
      },
    });
    onProgress?.({ phase: 'switch', done: 1, total: 1 });
    return restoredInPlace(current.name, manifest, counts, entry);
  } catch (error) {
    // A snapshot already named stays: it holds the workspace as it still is.
    if (!entry) {
      await write.abandon();
      await api.backup.abortWrite(writeId);
    }
    if (error instanceof NotPlain) return STORED_ROW_NOT_PLAIN;
    return stoppedInPlace(
      error,
      signal,
      error instanceof SnapshotFailed ? error.reason : undefined,
    );
  }
}
