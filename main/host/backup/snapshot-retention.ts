/**
 * Which automatic snapshots to keep: a pure decision over their names' dates and reasons,
 * in the manner of restic's `forget --keep-daily 7 --keep-weekly 4`. Each rule keeps the
 * newest snapshot of each of its most recent buckets; a snapshot is kept when any rule
 * keeps it. Upgrade snapshots and before-change snapshots (before an import or a restore)
 * are also kept by count of their own, so the copy taken just before a risky step outlives
 * an ordinary day's.
 */
import type { RetentionPolicy, SnapshotReason } from '../../../preload/api';

export const DEFAULT_RETENTION: RetentionPolicy = {
  daily: 7,
  weekly: 4,
  upgrade: 10,
  beforeChange: 5,
};

export interface DatedSnapshot {
  name: string;
  /** When it was taken, ms since the epoch (UTC). */
  takenAtMs: number;
  reason: SnapshotReason;
}

/** `YYYY-MM-DD` of the UTC day. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO-8601 week (`YYYY-Www`) holding the UTC day of `ms`. */
export function isoWeekOf(ms: number): string {
  const date = new Date(ms);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Newest of each bucket, for the `count` most recent buckets. */
function newestPerBucket(
  newestFirst: DatedSnapshot[],
  bucketOf: (snapshot: DatedSnapshot) => string,
  count: number,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const snapshot of newestFirst) {
    if (seen.size >= count) break;
    const bucket = bucketOf(snapshot);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    kept.push(snapshot.name);
  }
  return kept;
}

/**
 * Splits `snapshots` into those to keep and those to remove under `policy`. The newest
 * snapshot is always kept, whatever the policy says: pruning never leaves no copy at all.
 */
export function chooseSnapshotsToKeep(
  snapshots: DatedSnapshot[],
  policy: RetentionPolicy,
): { keep: string[]; remove: string[] } {
  const newestFirst = [...snapshots].sort(
    (a, b) => b.takenAtMs - a.takenAtMs || b.name.localeCompare(a.name),
  );
  const ordinary = newestFirst.filter((snapshot) => snapshot.reason !== 'upgrade');
  const kept = new Set<string>([
    ...newestPerBucket(ordinary, (s) => dayOf(s.takenAtMs), policy.daily),
    ...newestPerBucket(ordinary, (s) => isoWeekOf(s.takenAtMs), policy.weekly),
    ...newestFirst
      .filter((s) => s.reason === 'upgrade')
      .slice(0, policy.upgrade)
      .map((s) => s.name),
    ...newestFirst
      .filter((s) => s.reason === 'before-import' || s.reason === 'before-restore')
      .slice(0, policy.beforeChange)
      .map((s) => s.name),
  ]);
  if (newestFirst[0]) kept.add(newestFirst[0].name);
  return {
    keep: newestFirst.filter((s) => kept.has(s.name)).map((s) => s.name),
    remove: newestFirst.filter((s) => !kept.has(s.name)).map((s) => s.name),
  };
}
