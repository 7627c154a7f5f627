/**
 * The daily snapshot while the app stays open for weeks, on fake timers: one snapshot per
 * UTC day, none twice, and the snapshot folder rolling by the host's own retention rule
 * (`main/host/backup/snapshot-retention.ts`), as the backup store applies it after each.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { BackupEntry } from '../../preload/api';
import {
  chooseSnapshotsToKeep,
  DEFAULT_RETENTION,
} from '../../main/host/backup/snapshot-retention';
import {
  DAILY_CHECK_EVERY_MS,
  DAILY_FIRST_CHECK_MS,
  scheduleDailySnapshots,
} from '../../renderer/src/backup/daily-snapshot-schedule';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
// A Monday, 09:30 UTC: the analyst opens the app and leaves it open.
const START = Date.UTC(2026, 0, 5, 9, 30);

/** A snapshot folder as the host keeps it: each new snapshot, then pruning. */
function fakeFolder() {
  let folder: BackupEntry[] = [];
  const taken: string[] = [];
  return {
    taken,
    get names() {
      return folder.map((entry) => entry.id).sort();
    },
    steps: (isEmpty = false) => ({
      listSnapshots: async () => folder,
      isWorkspaceEmpty: async () => isEmpty,
      notify: vi.fn(),
      takeDailySnapshot: async () => {
        const createdAt = new Date(Date.now()).toISOString();
        const id = `daily-${createdAt}`;
        taken.push(createdAt);
        folder.push({
          id,
          location: 'snapshot',
          path: `/snapshots/${id}`,
          sizeBytes: 1,
          isComplete: true,
          manifest: {
            kind: 'sourcemark-backup',
            formatVersion: 1,
            createdAt,
            appVersion: '0.1.0',
            schemaVersion: 7,
            reason: 'daily',
            tables: [],
          },
        });
        const { keep } = chooseSnapshotsToKeep(
          folder.map((entry) => ({
            name: entry.id,
            takenAtMs: Date.parse(entry.manifest!.createdAt),
            reason: 'daily' as const,
          })),
          DEFAULT_RETENTION,
        );
        folder = folder.filter((entry) => keep.includes(entry.id));
      },
    }),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

it('takes one snapshot a day while the app is used, and the folder rolls by retention', async () => {
  const folder = fakeFolder();
  const stop = scheduleDailySnapshots(folder.steps());

  // Nothing in the first minutes: a quick look costs nothing.
  await vi.advanceTimersByTimeAsync(DAILY_FIRST_CHECK_MS - 1);
  expect(folder.taken).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(folder.taken).toEqual(['2026-01-05T09:32:00.000Z']);

  // Open for the rest of the day: hourly checks, no second snapshot.
  await vi.advanceTimersByTimeAsync(14 * HOUR);
  expect(folder.taken).toHaveLength(1);

  // Past midnight UTC the next check (within the hour) takes the new day's.
  await vi.advanceTimersByTimeAsync(2 * HOUR);
  expect(folder.taken).toEqual(['2026-01-05T09:32:00.000Z', '2026-01-06T00:32:00.000Z']);

  // Five weeks open: one per day, never two the same day.
  await vi.advanceTimersByTimeAsync(35 * DAY);
  const days = folder.taken.map((at) => at.slice(0, 10));
  expect(new Set(days).size).toBe(days.length);
  expect(days).toHaveLength(37);

  // The folder rolled: the last 7 days, plus the newest of each of the 4 latest weeks.
  expect(folder.names.length).toBeLessThanOrEqual(
    DEFAULT_RETENTION.daily + DEFAULT_RETENTION.weekly,
  );
  const newestSeven = folder.taken.slice(-7).map((at) => `daily-${at}`);
  expect(folder.names).toEqual(expect.arrayContaining(newestSeven));
  expect(folder.names).not.toContain(`daily-${folder.taken[0]}`);

  // Closed: no more checks.
  stop();
  await vi.advanceTimersByTimeAsync(3 * DAY);
  expect(days).toHaveLength(37);
  expect(folder.taken).toHaveLength(37);
  expect(DAILY_CHECK_EVERY_MS).toBe(HOUR);
});

it('takes no snapshot of an empty workspace, and says so when one fails', async () => {
  const empty = fakeFolder();
  const stopEmpty = scheduleDailySnapshots(empty.steps(true));
  await vi.advanceTimersByTimeAsync(2 * DAY);
  expect(empty.taken).toEqual([]);
  stopEmpty();

  const steps = {
    ...fakeFolder().steps(),
    takeDailySnapshot: () => Promise.reject(new Error('disk full')),
  };
  const stop = scheduleDailySnapshots(steps);
  await vi.advanceTimersByTimeAsync(DAILY_FIRST_CHECK_MS + HOUR);
  // Tried at the first check and again an hour later (nothing of today's is on disk yet).
  expect(steps.notify).toHaveBeenCalledTimes(2);
  expect(steps.notify).toHaveBeenCalledWith('Today’s snapshot of the workspace failed: disk full');
  stop();
});
