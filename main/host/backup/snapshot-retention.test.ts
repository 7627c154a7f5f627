import { describe, expect, it } from 'vitest';
import type { SnapshotReason } from '../../../preload/api';
import { chooseSnapshotsToKeep, DEFAULT_RETENTION, isoWeekOf } from './snapshot-retention';

const DAY = 86_400_000;
const START = Date.UTC(2026, 11, 6, 9, 0); // a Sunday

const snapshot = (daysAgo: number, reason: SnapshotReason = 'daily', hour = 0) => ({
  name: `s-${daysAgo}-${hour}-${reason}`,
  takenAtMs: START - daysAgo * DAY + hour * 3_600_000,
  reason,
});

describe('chooseSnapshotsToKeep', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    const daily = Array.from({ length: 60 }, (_, day) => snapshot(day));
    const { keep, remove } = chooseSnapshotsToKeep(daily, { ...DEFAULT_RETENTION });
    // Days 0–6 by the daily rule; the weekly rule adds the newest of the 3 weeks before.
    expect(keep.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => `s-${d}-0-daily`));
    const weekly = keep.slice(7);
    expect(weekly).toHaveLength(3);
    expect(
      new Set(weekly.map((name) => isoWeekOf(daily.find((s) => s.name === name)!.takenAtMs))).size,
    ).toBe(3);
    expect(keep.length + remove.length).toBe(60);
  });

  it('keeps only the newest snapshot of a day', () => {
    const { keep, remove } = chooseSnapshotsToKeep(
      [snapshot(0, 'daily', 1), snapshot(0, 'daily', 5), snapshot(0, 'daily', 3)],
      { daily: 7, weekly: 0, upgrade: 0, beforeChange: 0 },
    );
    expect(keep).toEqual(['s-0-5-daily']);
    expect(remove.sort()).toEqual(['s-0-1-daily', 's-0-3-daily']);
  });

  it('keeps upgrade snapshots by their own count, apart from the daily ones', () => {
    const upgrades = [snapshot(100, 'upgrade'), snapshot(200, 'upgrade'), snapshot(300, 'upgrade')];
    const { keep } = chooseSnapshotsToKeep([...upgrades, snapshot(0), snapshot(1)], {
      daily: 1,
      weekly: 0,
      upgrade: 2,
      beforeChange: 0,
    });
    expect(keep).toEqual(['s-0-0-daily', 's-100-0-upgrade', 's-200-0-upgrade']);
  });

  it('keeps the snapshot taken before a restore even when a later one that day replaces it as the daily', () => {
    const { keep } = chooseSnapshotsToKeep(
      [snapshot(0, 'before-restore', 1), snapshot(0, 'daily', 2)],
      { daily: 7, weekly: 4, upgrade: 10, beforeChange: 5 },
    );
    expect(keep).toEqual(['s-0-2-daily', 's-0-1-before-restore']);
  });

  it('never removes the newest snapshot, even when every count is 0', () => {
    const { keep, remove } = chooseSnapshotsToKeep([snapshot(1), snapshot(0)], {
      daily: 0,
      weekly: 0,
      upgrade: 0,
      beforeChange: 0,
    });
    expect(keep).toEqual(['s-0-0-daily']);
    expect(remove).toEqual(['s-1-0-daily']);
  });

  it('numbers ISO weeks as the calendar does across a year end', () => {
    expect(isoWeekOf(Date.UTC(2026, 11, 31))).toBe('2026-W53');
    expect(isoWeekOf(Date.UTC(2027, 0, 4))).toBe('2027-W01');
    expect(isoWeekOf(Date.UTC(2024, 11, 30))).toBe('2025-W01');
  });
});
