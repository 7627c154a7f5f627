import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { countSet } from '../export/set-counts';
import { annotationCounts } from './annotation-counts';

/** Each walk of the stored totals' keys (a cursor over `[articleId+total]`). */
let walks = 0;

db.use({
  stack: 'dbcore',
  name: 'recorded-walks',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'articleTallies') return table;
      return {
        ...table,
        openCursor: (request) => {
          if (request.query.index.name === '[articleId+total]') walks += 1;
          return table.openCursor(request);
        },
      };
    },
  }),
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary(6);
  // The analyst alone: the Export dialog then counts the set from these totals.
  await db.annotationPacks.clear();
  await db.annotationPackIds.clear();
  walks = 0;
});

describe('the annotation counts', () => {
  it('are read once for two callers asking at the same time', async () => {
    const [first, second] = await Promise.all([annotationCounts(), annotationCounts()]);
    expect(walks).toBe(1);
    expect(second).toBe(first);
  });

  it("are not walked for the Export dialog's count of a whole set, which they sum to", async () => {
    const dialog = await countSet(ANALYST, { kind: 'all' });
    expect(walks).toBe(0);
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
    expect(walks).toBe(2);
    expect(after.get('art-2' as ArticleId)).toBe(before.get('art-2' as ArticleId)! + 1);
    // Nothing written since: the same counts, not read again.
    expect(await annotationCounts()).toBe(after);
    expect(walks).toBe(2);
  });
});
