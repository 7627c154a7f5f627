import 'fake-indexeddb/auto';
import { Dexie, RangeSet } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { primaryKeyPart } from '../db/mutated-keys';
import type { ArticleId } from '../db/records';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { recordRequests } from '../testing/recorded-requests';
import {
  forgetStatsSnapshot,
  readCurrentStatsSnapshot,
  startReadingStats,
} from './stats-snapshot-store';
import { readStatsSnapshot, type StatsSnapshot } from './stats-source';

const rowReads = recordRequests('articleRows');
const tallyReads = recordRequests('articleTallies');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  forgetStatsSnapshot();
  await seedExportLibrary(6);
  rowReads.clear();
  tallyReads.clear();
});

/** The snapshot as comparable data (Maps and Sets as sorted entries). */
function plain(snapshot: StatsSnapshot) {
  return {
    articles: snapshot.articles,
    tallies: [...snapshot.tallies].sort(([a], [b]) => a.localeCompare(b)),
    statuses: snapshot.statuses,
    analysts: snapshot.analysts,
    authors: [...snapshot.authors].sort(),
  };
}

async function firstAnnotationOf(articleId: string) {
  return (await db.annotations.where('[articleId+author]').equals([articleId, ANALYST]).first())!;
}

describe('the statistics snapshot kept between openings', () => {
  it('is not read again when nothing was written', async () => {
    const first = await readCurrentStatsSnapshot();
    rowReads.clear();
    tallyReads.clear();
    const second = await readCurrentStatsSnapshot();
    expect(second).toBe(first);
    expect([...rowReads.asked, ...tallyReads.asked]).toEqual([]);
  });

  it('reads only the written article again after an annotation, and counts it', async () => {
    await readCurrentStatsSnapshot();
    const row = await firstAnnotationOf('art-2');
    await db.annotations.add({ ...row, id: 'added-later' as typeof row.id });
    rowReads.clear();
    tallyReads.clear();
    const patched = await readCurrentStatsSnapshot();
    // No walk or page of either table: the one tally by key.
    expect([...rowReads.asked, ...tallyReads.asked]).toEqual([]);
    expect(plain(patched)).toEqual(plain(await readStatsSnapshot()));
    expect(patched.tallies.get('art-2')!.total).toBeGreaterThan(0);
  });

  it('follows an article changed, added and deleted, and a status set', async () => {
    const before = await readCurrentStatsSnapshot();
    const [first, second] = before.articles;
    await db.articleRows.put({ ...first!, title: 'A title corrected' });
    await db.articleRows.put({ ...second!, id: 'art-0-new' as ArticleId });
    await db.transaction('rw', db.articleRows, db.articleTallies, async () => {
      await db.articleRows.delete(second!.id);
      await db.articleTallies.delete(second!.id);
    });
    await db.articleStatuses.put({
      articleId: first!.id,
      analyst: ANALYST,
      status: 'done',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const patched = await readCurrentStatsSnapshot();
    expect(plain(patched)).toEqual(plain(await readStatsSnapshot()));
    expect(patched.articles.map((a) => a.id)).toContain('art-0-new');
    expect(patched.articles.find((a) => a.id === first!.id)!.title).toBe('A title corrected');
    expect(patched.tallies.has(second!.id)).toBe(false);
    expect(patched.statuses).toHaveLength(1);
  });

  it('reads everything again after a write named as a range', async () => {
    await readCurrentStatsSnapshot();
    await db.articleTallies.clear();
    tallyReads.clear();
    const after = await readCurrentStatsSnapshot();
    expect(after.tallies.size).toBe(0);
    expect(tallyReads.asked).toContain('count');
  });

  it('reads the statuses again after a status alone was set', async () => {
    const before = await readCurrentStatsSnapshot();
    await db.articleStatuses.put({
      articleId: before.articles[0]!.id,
      analyst: ANALYST,
      status: 'done',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect((await readCurrentStatsSnapshot()).statuses).toHaveLength(1);
  });

  it('keeps what is written during a read for the next one', async () => {
    const row = await firstAnnotationOf('art-3');
    let written: Promise<unknown> | undefined;
    // Written once the read has asked for its pages, so the read cannot see it.
    const first = await readCurrentStatsSnapshot(() => {
      written ??= Dexie.ignoreTransaction(() =>
        db.annotations.add({ ...row, id: 'added-meanwhile' as typeof row.id }),
      );
    });
    await written;
    const next = await readCurrentStatsSnapshot();
    expect(next.tallies.get('art-3')!.total).toBe(first.tallies.get('art-3')!.total + 1);
    expect(plain(next)).toEqual(plain(await readStatsSnapshot()));
  });

  it('reads the corpus once for the click and the view it opens, with progress', async () => {
    startReadingStats();
    const progress: number[] = [];
    const snapshot = await readCurrentStatsSnapshot(({ read }) => progress.push(read));
    expect(rowReads.asked.filter((asked) => asked === 'count')).toHaveLength(1);
    expect(progress.at(-1)).toBe(snapshot.articles.length + snapshot.tallies.size);
  });

  it('reads again for a call made after a write the read under way could not see', async () => {
    let later: Promise<StatsSnapshot> | undefined;
    const early = readCurrentStatsSnapshot(() => {
      // Another window's write, heard while this read is under way, then the view asks.
      later ??= Dexie.ignoreTransaction(() => {
        Dexie.on.storagemutated.fire({
          [primaryKeyPart('articleTallies')]: new RangeSet().addKey('art-4'),
        });
        return readCurrentStatsSnapshot();
      });
    });
    const first = await early;
    expect(later).toBeDefined();
    const second = await later!;
    expect(second).not.toBe(first);
    expect(await readCurrentStatsSnapshot()).toBe(second);
  });
});
