/**
 * The restore in place (`in-place-merge.ts`) with the snapshot of the workspace it
 * replaces. Where it can, the snapshot is made from the rows the restore reads
 * (`restore-reading-once.ts`). Otherwise (a workspace holding a row only the library
 * writes, a backup of other table order or digest spelling) the snapshot reads the
 * workspace first; the restore's transaction starts once that read is over, runs while the
 * snapshot is written to disk and verified, and commits only after the snapshot has its
 * final name. The snapshot keeps that name only once the restore verified the backup.
 */
import type { Dexie } from 'dexie';
import type { BackupEntry, BackupManifest, SourcemarkApi } from '../../../preload/api';
import { mergeBackupInPlace } from './in-place-merge';
import {
  restoredInPlace,
  snapshotRefusal,
  stoppedInPlace,
  type RestoreOptions,
  type RestoreOutcome,
} from './restore-outcome';
import { restoreReadingOnce, STORED_ROW_NOT_PLAIN } from './restore-reading-once';
import { RestoreSnapshot } from './restore-snapshot';
import { takeSnapshot } from './take-snapshot';
import { isWorkspaceEmpty } from './workspace-empty';

/**
 * Restores `file` (its `manifest` read and checked, of this schema) into `current` in
 * place. Answers undefined when the file needs the new-database path: nothing was written
 * and no snapshot kept.
 */
export async function restoreInPlace(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  manifest: BackupManifest,
  options: RestoreOptions,
): Promise<RestoreOutcome | undefined> {
  // A workspace holding no row has nothing to keep.
  const isEmpty = await isWorkspaceEmpty(current);
  if (!isEmpty && RestoreSnapshot.canTake(current, manifest)) {
    const restored = await restoreReadingOnce(api, current, file, manifest, options);
    if (restored !== STORED_ROW_NOT_PLAIN) return restored;
  }
  return restoreAfterSnapshot(api, current, file, manifest, isEmpty, options);
}

/** The restore in place after a snapshot that reads the workspace first (`isEmpty`: none). */
async function restoreAfterSnapshot(
  api: SourcemarkApi,
  current: Dexie,
  file: Blob,
  manifest: BackupManifest,
  isEmpty: boolean,
  { onProgress, signal, rowPackMin }: RestoreOptions,
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
  const snapshot: Promise<BackupEntry | undefined> = isEmpty
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
  // The restore's write waits for the snapshot's read; a snapshot failing first ends both,
  // before the backup is read at all.
  await Promise.race([
    isExported,
    snapshot.then(
      () => {},
      () => {},
    ),
  ]);
  if (snapshotError !== undefined)
    return signal?.aborted ? { kind: 'cancelled' } : snapshotRefusal(snapshotError);
  try {
    const counts = await mergeBackupInPlace(file, manifest, current.name, {
      onProgress,
      signal,
      rowPackMin,
      onVerified: () => {
        settleVerified();
        isRestoring = false;
        onProgress?.({ phase: 'snapshot', done: 0, total: 1 });
      },
      beforeCommit: () => snapshot,
    });
    const entry = await snapshot;
    onProgress?.({ phase: 'switch', done: 1, total: 1 });
    return restoredInPlace(current.name, manifest, counts, entry);
  } catch (error) {
    // Read before the snapshot is stopped: stopping it makes it fail with this very error.
    const snapshotFailedFirst = snapshotError !== undefined;
    settleVerified(error);
    snapshotStop.abort(error);
    // The snapshot removes its unfinished file before the outcome is told.
    await snapshot.catch(() => {});
    return stoppedInPlace(error, signal, snapshotFailedFirst ? snapshotError : undefined);
  }
}
