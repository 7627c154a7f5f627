/**
 * When the daily snapshot is taken while the app is used: a first check a while after start
 * (so a quick look costs nothing), then one an hour; each takes a snapshot only when none of
 * today's (UTC day) is on disk (`daily-snapshot.ts`). The checks run one after another, so a
 * slow snapshot never overlaps the next check. The host prunes by retention after each.
 * Apart from React and the database so the timing can be tested with fake timers.
 */
import type { BackupEntry } from '../../../preload/api';
import { isDailySnapshotDue } from './daily-snapshot';

/** How long the app is open before the first daily check. */
export const DAILY_FIRST_CHECK_MS = 2 * 60_000;
/** Between checks: a day that starts while the app is open gets its snapshot within the hour. */
export const DAILY_CHECK_EVERY_MS = 60 * 60_000;

/** What a check needs from the host and the workspace. */
export interface DailySnapshotSteps {
  /** The snapshot folder's entries, or `undefined` when the host could not list them. */
  listSnapshots(): Promise<readonly BackupEntry[] | undefined>;
  /** True when the workspace holds no row at all: nothing to lose, no snapshot. */
  isWorkspaceEmpty(): Promise<boolean>;
  takeDailySnapshot(): Promise<void>;
  notify(message: string): void;
}

/** What one check did. */
export type DailyCheck = 'taken' | 'not-due' | 'empty' | 'unlisted' | 'failed';

/** Takes today's snapshot when it is due; a failure is said through `notify`, never thrown. */
export async function snapshotIfDue(steps: DailySnapshotSteps, nowMs: number): Promise<DailyCheck> {
  const snapshots = await steps.listSnapshots().catch(() => undefined);
  if (!snapshots) return 'unlisted';
  if (!isDailySnapshotDue(snapshots, nowMs)) return 'not-due';
  try {
    if (await steps.isWorkspaceEmpty()) return 'empty';
    await steps.takeDailySnapshot();
    return 'taken';
  } catch (error) {
    steps.notify(
      `Today’s snapshot of the workspace failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 'failed';
  }
}

/** Starts the checks; answers the function that stops them (the app's unmount). */
export function scheduleDailySnapshots(steps: DailySnapshotSteps): () => void {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = async () => {
    await snapshotIfDue(steps, Date.now());
    if (!isStopped) timer = setTimeout(() => void check(), DAILY_CHECK_EVERY_MS);
  };
  timer = setTimeout(() => void check(), DAILY_FIRST_CHECK_MS);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
