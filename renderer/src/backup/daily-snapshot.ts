/** When the daily snapshot is due: none of today's (UTC day) is among the complete ones. */
import type { BackupEntry } from '../../../preload/api';

/** True when no complete daily snapshot was taken on the UTC day of `nowMs`. */
export function isDailySnapshotDue(snapshots: readonly BackupEntry[], nowMs: number): boolean {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  return !snapshots.some(
    (entry) =>
      entry.isComplete &&
      entry.manifest?.reason === 'daily' &&
      entry.manifest.createdAt.slice(0, 10) === today,
  );
}
