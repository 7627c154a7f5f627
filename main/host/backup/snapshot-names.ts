/**
 * Snapshot file names carry when and why each was taken, so the folder can be listed and
 * pruned without opening a file: `snapshot-2026-12-06T02-40-00-123Z-daily.sourcemark-backup.json`.
 * A file still being written (or killed while it was) ends in `.incomplete`.
 */
import type { SnapshotReason } from '../../../preload/api';

export const BACKUP_EXTENSION = '.sourcemark-backup.json';
export const INCOMPLETE_SUFFIX = '.incomplete';
const REASONS: readonly SnapshotReason[] = ['daily', 'upgrade', 'before-import', 'before-restore'];

const PATTERN =
  /^snapshot-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sourcemark-backup\.json$/;

/** The file name of a snapshot taken at `takenAtMs` for `reason`. */
export function snapshotFileName(takenAtMs: number, reason: SnapshotReason): string {
  const stamp = new Date(takenAtMs).toISOString().replace(/:/g, '-').replace('.', '-');
  return `snapshot-${stamp}-${reason}${BACKUP_EXTENSION}`;
}

/** When and why a snapshot was taken, from its complete file name; undefined for other names. */
export function parseSnapshotFileName(
  name: string,
): { takenAtMs: number; reason: SnapshotReason } | undefined {
  const match = PATTERN.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, ms, reason] = match;
  if (!REASONS.includes(reason as SnapshotReason)) return undefined;
  const takenAtMs = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${ms}Z`);
  if (Number.isNaN(takenAtMs)) return undefined;
  return { takenAtMs, reason: reason as SnapshotReason };
}

/** True for a name this module could have made (complete or not): nothing else is touched. */
export function isSnapshotFileName(name: string): boolean {
  const complete = name.endsWith(INCOMPLETE_SUFFIX)
    ? name.slice(0, -INCOMPLETE_SUFFIX.length)
    : name;
  return parseSnapshotFileName(complete) !== undefined;
}
