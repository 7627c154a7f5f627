import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { seedExportLibrary } from '../export/export-testing';
import { watchLibraryRows } from '../library/library-feed';
import { whenLibraryRead } from '../library/library-read';
import { recordRequests } from '../testing/recorded-requests';
import { readStatsWhenIdle } from './stats-in-background';
import { forgetStatsSnapshot, readCurrentStatsSnapshot } from './stats-snapshot-store';

const tallyReads = recordRequests('articleTallies');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  forgetStatsSnapshot();
  await seedExportLibrary(6);
  tallyReads.clear();
});

/** An idle callback the test runs by hand. */
function handIdle() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (run: () => void) => {
      waiting.push(run);
      return () => waiting.splice(waiting.indexOf(run), 1);
    },
    waiting,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the statistics read in the background', () => {
  it('starts once the library is read and the page idle, and the first opening reuses it', async () => {
    const idle = handIdle();
    const stop = readStatsWhenIdle(whenLibraryRead(), idle.whenIdle);
    await settle();
    // Nothing before the library's start-up reads are done: they would queue behind it.
    expect(idle.waiting).toHaveLength(0);
    expect(tallyReads.asked).toEqual([]);

    let read: (() => void) | undefined;
    const isRead = new Promise<void>((resolve) => (read = resolve));
    const feed = watchLibraryRows(
      (rows) => rows.every((row) => row.annotationCount !== null) && read?.(),
      (error) => {
        throw error;
      },
    );
    await isRead;
    await whenLibraryRead();
    await settle();
    // The library read, the read waits for the page to be idle.
    expect(idle.waiting).toHaveLength(1);
    expect(tallyReads.asked).toEqual([]);

    idle.waiting[0]!();
    await settle();
    // Read before any click: the tallies' pages were asked for.
    expect(tallyReads.asked.length).toBeGreaterThan(0);
    const asked = tallyReads.asked.length;
    const snapshot = await readCurrentStatsSnapshot();
    expect(snapshot.tallies.size).toBe(6);
    // The opening joined the background read (or reused its snapshot): no second read.
    expect(tallyReads.asked.length).toBe(asked);
    feed.stop();
    stop();
  });

  it('does not start once cancelled', async () => {
    const idle = handIdle();
    let libraryRead: () => void = () => undefined;
    const stop = readStatsWhenIdle(
      new Promise<void>((resolve) => (libraryRead = resolve)),
      idle.whenIdle,
    );
    stop();
    libraryRead();
    await settle();
    expect(idle.waiting).toHaveLength(0);
    expect(tallyReads.asked).toEqual([]);
  });
});
