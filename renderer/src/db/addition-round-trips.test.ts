import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, ArticleId } from '../annotation/types';
import { creation, update } from '../store/change-set';
import { editLatest } from '../store/edit';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { writeHistoryEdit } from '../trash/history-write';
import { UndoJournal } from '../undo/undo-journal';
import { db } from './db';
import { recordRoundTrips } from '../testing/round-trips';

/**
 * How many round trips to IndexedDB one key press's transaction makes, one after another:
 * each waits for a main thread busy drawing the new mark (issues 15 and 16), and the row
 * is stored only when the last is answered and the transaction commits.
 */
const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Ankara. '.repeat(200);
const article = 'a1' as ArticleId;
const trips = recordRoundTrips();

beforeAll(() => trips.install(db));

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  // An article already annotated: its tally and the buckets under the new spans exist.
  await db.annotations.bulkAdd(
    Array.from({ length: 40 }, (_, i) =>
      spanAnnotationOf(`seed-${i}`, article, TEXT, i * 300, i * 300 + 40, {
        itemId: (i % 2 ? 'entity.person' : 'claim.claim') as never,
      }),
    ),
  );
  trips.clear();
});

describe('an addition’s transaction', () => {
  it('writes the row, its undo step and the totals in two round trips', async () => {
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    await history.apply(creation('tag', [spanAnnotationOf('new', article, TEXT, 310, 330)]));
    const trip = trips.of('annotations');
    // First the row, its check, its undo step and the tallies, buckets and author's total it
    // changes; then those written back, and the article's count moved: its old key (the
    // total in the tally read) deleted, the new one put, with no read of their own.
    expect(trip.requests).toEqual([
      expect.arrayContaining([
        'annotations add',
        'annotations getMany',
        'articleTallies getMany',
        'spanBuckets getMany',
        'authorTotals getMany',
        'undoSteps add',
      ]),
      [
        'articleTallies put',
        'spanBuckets put',
        'authorTotals put',
        'articleCounts delete',
        'articleCounts put',
      ],
    ]);
  });

  it('reads an edited row’s tallies and buckets beside the row it replaces', async () => {
    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    const [seed] = await db.annotations.bulkGet(['seed-1' as AnnotationId]);
    await history.apply(
      editLatest(seed!, (latest) =>
        update('verdict', [latest], [{ ...latest, attributes: { verdict: 'false' } }]),
      ),
    );
    // The stored row for the edit; the check, the row replaced and the totals together;
    // the row; the totals written back.
    expect(trips.of('annotations').requests.length).toBe(4);
  });
});
