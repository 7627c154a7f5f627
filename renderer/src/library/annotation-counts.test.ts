import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { countSet } from '../export/set-counts';
import { recordRequests } from '../testing/recorded-requests';
import { annotationCounts } from './annotation-counts';

/** What the counts' table and the tallies are asked: the counts must not walk the tallies. */
const counts = recordRequests('articleCounts');
const tallies = recordRequests('articleTallies');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary(6);
  // The analyst alone: the Export dialog then counts the set from these totals.
  await db.annotationPacks.clear();
  await db.annotationPackIds.clear();
  counts.clear();
  tallies.clear();
});

describe('the annotation counts', () => {
  it('are read once for two callers asking at the same time', async () => {
    const [first, second] = await Promise.all([annotationCounts(), annotationCounts()]);
    expect(counts.asked).toHaveLength(1);
    expect(second).toBe(first);
  });

  it("are read in one request, the counts' keys whole, with no tally read", async () => {
    const read = await annotationCounts();
    // One `getAllKeys` (Dexie's query of keys alone), not a cursor's step per article.
    expect(counts.asked).toEqual(['query limit Infinity']);
    expect(tallies.asked).toEqual([]);
    const recount = new Map((await db.articleTallies.toArray()).map((t) => [t.articleId, t.total]));
    expect(recount.size).toBe(6);
    expect(new Map(read)).toEqual(recount);
  });

  it("are not walked for the Export dialog's count of a whole set, which they sum to", async () => {
    const dialog = await countSet(ANALYST, { kind: 'all' });
    expect(counts.asked).toEqual([]);
    const library = await annotationCounts();
    expect(dialog.selected).toBe([...library.values()].reduce((a, b) => a + b, 0));
  });

  it('are read again once a write changed a total, and count it', async () => {
    const before = await annotationCounts();
    const row = (await db.annotations
      .where('[articleId+author]')
      .equals(['art-2', ANALYST])
      .first())!;
    await db.annotations.add({ ...row, id: 'added-later' as typeof row.id });
    const after = await annotationCounts();
    expect(counts.asked).toHaveLength(2);
    expect(after.get('art-2' as ArticleId)).toBe(before.get('art-2' as ArticleId)! + 1);
    // Nothing written since: the same counts, not read again.
    expect(await annotationCounts()).toBe(after);
    expect(counts.asked).toHaveLength(2);
  });
});
