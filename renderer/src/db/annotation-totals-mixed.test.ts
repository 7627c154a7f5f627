import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, SpanAnnotation } from '../annotation/types';
import { StaleChangeError, writeEdit } from '../store/annotation-repository';
import { annotationTables } from '../store/annotation-storage';
import { creation, deletion, update } from '../store/change-set';
import { editLatest } from '../store/edit';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { storedAndRecounted } from '../testing/recounted-totals';
import { writeHistoryEdit } from '../trash/history-write';
import { UndoJournal } from '../undo/undo-journal';
import { db } from './db';

/**
 * The stored totals equal a recount after any mix of writes: the editor's additions,
 * edits and deletions with their undo and redo, a transaction that fails after its
 * writes, and several writes issued at once in one transaction (whose totals updates must
 * not use rows read before another update wrote them: `derived-reads.ts`).
 */
const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Ankara. '.repeat(180);
const ARTICLES = ['a1', 'a2'] as ArticleId[];
const ITEMS = ['entity.person', 'claim.claim', 'technique.doubt'];

/** A span: often within one 4,096-unit bucket, sometimes across two or three. */
const spanArbitrary = fc.record({
  article: fc.constantFrom(...ARTICLES),
  start: fc.oneof(fc.integer({ min: 0, max: 12_000 }), fc.constantFrom(4090, 8190, 4096)),
  length: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 60, max: 9_000 })),
  item: fc.constantFrom(...ITEMS),
});
type Span = typeof spanArbitrary extends fc.Arbitrary<infer T> ? T : never;

const actionArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    spans: fc.array(spanArbitrary, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: spanArbitrary }),
  fc.record({
    kind: fc.constant('relabel' as const),
    pick: fc.nat(),
    item: fc.constantFrom(...ITEMS),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.record({
    kind: fc.constant('abort' as const),
    spans: fc.array(spanArbitrary, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('together' as const),
    spans: fc.array(spanArbitrary, { minLength: 2, maxLength: 3 }),
    pick: fc.nat(),
  }),
);
type Action = typeof actionArbitrary extends fc.Arbitrary<infer T> ? T : never;

let made = 0;
function annotationOf(span: Span): SpanAnnotation {
  const start = Math.min(span.start, TEXT.length);
  const end = Math.min(start + span.length, TEXT.length);
  made += 1;
  return spanAnnotationOf(`n${made}`, span.article, TEXT, start, end, {
    itemId: span.item as never,
  });
}

async function picked(pick: number): Promise<Annotation | undefined> {
  const rows = await db.annotations.toArray();
  return rows.length === 0 ? undefined : rows[pick % rows.length];
}

async function run(history: EditHistory, action: Action): Promise<void> {
  switch (action.kind) {
    case 'add':
      await history.apply(creation('tag', action.spans.map(annotationOf)));
      return;
    case 'move':
    case 'relabel': {
      const row = await picked(action.pick);
      if (!row || row.kind !== 'span') return;
      const moved = action.kind === 'move' ? annotationOf(action.to) : undefined;
      await history.apply(
        editLatest(row, (latest) =>
          update(
            action.kind,
            [latest],
            [
              moved
                ? { ...latest, span: moved.span }
                : { ...latest, itemId: (action as { item: string }).item as never },
            ],
          ),
        ),
      );
      return;
    }
    case 'delete': {
      const row = await picked(action.pick);
      if (row) await history.apply(deletion('delete', [row]));
      return;
    }
    case 'undo':
    case 'redo':
      // A step whose rows a direct write changed since is refused, writing nothing.
      await (action.kind === 'undo' ? history.undo() : history.redo()).catch((error) => {
        if (!(error instanceof StaleChangeError)) throw error;
      });
      return;
    case 'abort':
      await db
        .transaction('rw', annotationTables(), async () => {
          await writeEdit(creation('tag', action.spans.map(annotationOf)));
          throw new Error('aborted on purpose');
        })
        .catch(() => undefined);
      return;
    case 'together': {
      // Several writes issued at once, as an import or a trash restore does: their totals
      // updates run one after another, in whatever order the writes are answered.
      const row = await picked(action.pick);
      const [first, ...rest] = action.spans.map(annotationOf);
      await db.transaction('rw', annotationTables(), () =>
        Promise.all([
          db.annotations.bulkAdd(rest),
          db.annotations.bulkPut([first!]),
          ...(row ? [db.annotations.bulkDelete([row.id])] : []),
        ]),
      );
      return;
    }
  }
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('stored annotation totals after any mix of writes', () => {
  it('equal a recount', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(actionArbitrary, { minLength: 1, maxLength: 10 }),
        async (actions) => {
          await db.delete({ disableAutoOpen: false });
          const history = new EditHistory(writeHistoryEdit, new UndoJournal());
          for (const action of actions) await run(history, action);
          const totals = await storedAndRecounted();
          expect(totals.stored).toEqual(totals.recounted);
          expect(totals.storedBuckets).toEqual(totals.recountedBuckets);
          expect(totals.storedAuthors).toEqual(totals.recountedAuthors);
          expect(totals.storedCounts).toEqual(totals.recountedCounts);
        },
      ),
      { numRuns: 40 },
    );
  });
});
