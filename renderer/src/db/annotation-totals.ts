/**
 * Keeps each article's stored totals (`articleTallies`, `stats/article-tally.ts`) and its
 * count as a key (`articleCounts`, `stats/article-counts.ts`), the
 * buckets of its labelled spans the overlaps are counted from (`spanBuckets`,
 * `stats/span-buckets.ts`) and each author's total (`authorTotals`,
 * `stats/author-totals.ts`) in step with the annotations, in the transaction of the write
 * itself: a Dexie DBCore middleware on the two tables annotations live in (rows and imported
 * packs). Every write passes here,
 * whoever makes it (an edit, undo, an import, the trash, a re-anchoring), so no writer can
 * forget the totals and no crash can leave them apart from the rows.
 *
 * A read-write transaction over either table gets both added to its scope, as
 * dexie-cloud adds its own tables. Each write reads the rows it replaces or deletes first
 * (an add replaces none), then, after the write, takes them away from their articles'
 * tallies and adds the rows that were stored (a row the write refused counts neither way).
 * The tallies and buckets a write of a few rows changes are read as it is issued, beside it
 * (`derived-reads.ts`): a key press's transaction is two round trips, not five.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
  Middleware,
} from 'dexie';
import type { Annotation } from '../annotation/types';
import { applyToTally, emptyTally, bucketsToRead, type ArticleTally } from '../stats/article-tally';
import { ARTICLE_COUNTS_TABLE, movedCounts, type TotalMove } from '../stats/article-counts';
import { AUTHOR_TOTALS_TABLE, authorDeltasOf, movedTotals } from '../stats/author-totals';
import { BucketWindow, SPAN_BUCKETS_TABLE, type SpanBucket } from '../stats/span-buckets';
import { BULK_ROWS, wholeTableParts } from './bulk-write-parts';
import {
  derivedRowsFor,
  needsOf,
  noteDerivedWrites,
  readAhead,
  type DerivedRows,
  type DerivedTables,
  type ReadAhead,
} from './derived-reads';
import { writtenAnnotations } from './packed-annotations';
import type { AnnotationPackRecord } from './records';

/** The table of stored totals. */
export const TALLIES_TABLE = 'articleTallies';

/** The tables kept in step with the annotations, added to every write's transaction. */
const DERIVED = [TALLIES_TABLE, SPAN_BUCKETS_TABLE, AUTHOR_TOTALS_TABLE, ARTICLE_COUNTS_TABLE];

/** The tables annotations live in, and how to read a stored row as annotations. */
const ANNOTATIONS_OF = new Map<string, (row: unknown) => readonly Annotation[]>([
  ['annotations', (row) => [row as Annotation]],
  ['annotationPacks', (row) => writtenAnnotations(row as AnnotationPackRecord)],
]);

type Change = { annotation: Annotation; sign: 1 | -1 };

/** The rows `request` replaces or deletes, as stored before it; `undefined` where none. */
function rowsBefore(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> {
  const { trans } = request;
  switch (request.type) {
    case 'add':
      return Promise.resolve([]);
    case 'deleteRange':
      return table
        .query({
          trans,
          values: true,
          query: { index: table.schema.primaryKey, range: request.range },
        })
        .then((found) => found.result);
    case 'delete':
      return table.getMany({ trans, keys: request.keys });
    case 'put': {
      const keys =
        request.keys ??
        request.values.map((value: unknown) => table.schema.primaryKey.extractKey!(value));
      return table.getMany({ trans, keys });
    }
  }
}

/** What the write did to the annotations: each row before (-1) and stored (+1). */
function changesOf(
  request: DBCoreMutateRequest,
  before: readonly unknown[],
  response: DBCoreMutateResponse,
  annotationsOf: (row: unknown) => readonly Annotation[],
): Change[] {
  const changes: Change[] = [];
  const refused = response.failures;
  const take = (row: unknown, sign: 1 | -1) => {
    if (row === undefined) return;
    for (const annotation of annotationsOf(row)) changes.push({ annotation, sign });
  };
  if (request.type === 'deleteRange') {
    for (const row of before) take(row, -1);
    return changes;
  }
  const size = request.type === 'delete' ? request.keys.length : request.values.length;
  for (let index = 0; index < size; index += 1) {
    if (refused[index] !== undefined) continue;
    take(before[index], -1);
    if (request.type !== 'delete') take(request.values[index], 1);
  }
  return changes;
}

/**
 * The totals updates of each transaction, one at a time: two updates reading the same tally
 * before either wrote it would lose one of them (a transaction may write rows and delete
 * packs at once, `Promise.all`). Changes that arrive while an update runs wait together and
 * are stored by the next one: an import writing 1,000 packs 50 at a time then reads and
 * writes the tallies and buckets in a few rounds rather than 20 in a row, each waiting on
 * the writes queued before it. The order of changes is kept, and each write's promise
 * settles once its own changes are stored.
 */
interface Turns {
  /** The last update started: the next one starts after it. */
  last: Promise<void>;
  /** Changes waiting for the next update, and that update's promise. */
  waiting?: { changes: Change[]; stored: Promise<void> };
}

const turns = new WeakMap<DBCoreTransaction, Turns>();

function storeInTurn(
  trans: DBCoreTransaction,
  changes: readonly Change[],
  store: (changes: readonly Change[]) => Promise<void>,
): Promise<void> {
  const held = turns.get(trans);
  if (!held) {
    const first = store(changes);
    // A failed update aborts the transaction; the next one need not wait on its failure.
    turns.set(trans, { last: first.catch(() => undefined) });
    return first;
  }
  if (changes.length === 0) return held.last;
  if (held.waiting) {
    // A loop, not `push(...changes)`: a write of 100,000 rows is too many arguments.
    for (const change of changes) held.waiting.changes.push(change);
    return held.waiting.stored;
  }
  const waiting = { changes: [...changes], stored: Promise.resolve() };
  waiting.stored = held.last.then(() => {
    if (held.waiting === waiting) held.waiting = undefined;
    return store(waiting.changes);
  });
  held.waiting = waiting;
  held.last = waiting.stored.catch(() => undefined);
  return waiting.stored;
}

/** A write's changes to one article, with what must be read to apply them. */
interface ArticlePlan {
  tally: ArticleTally;
  changes: Change[];
  /** The article's buckets to read: under each changed span, all of them, or none. */
  read: [string, number][] | 'all';
}

function planOf(
  articleId: string,
  stored: ArticleTally | undefined,
  changes: Change[],
): ArticlePlan {
  const tally = stored ?? emptyTally(articleId);
  return { tally, changes, read: bucketsToRead(tally, changes) };
}

/** Every bucket of one article, in bucket order. */
function allBucketsOf(buckets: DBCoreTable, trans: DBCoreTransaction, articleId: string) {
  const range = {
    type: RANGE,
    lower: [articleId, -Infinity],
    upper: [articleId, Infinity],
    lowerOpen: false,
    upperOpen: false,
  };
  return buckets
    .query({ trans, values: true, query: { index: buckets.schema.primaryKey, range } })
    .then((found) => found.result as SpanBucket[]);
}

/** `DBCoreRangeType.Range`: a const enum, which isolated modules cannot import. */
const RANGE = 2 as DBCoreKeyRange['type'];

/**
 * One window per plan: the buckets under its spans from `rows` (read with the tallies),
 * or, for an article counted again whole, all of its buckets, read now.
 */
function windowsOf(
  buckets: DBCoreTable,
  trans: DBCoreTransaction,
  plans: readonly ArticlePlan[],
  rows: DerivedRows,
): Promise<BucketWindow[]> {
  const whole = plans.map((plan) =>
    plan.read === 'all' ? allBucketsOf(buckets, trans, plan.tally.articleId) : undefined,
  );
  return Promise.all(whole).then((wholes) =>
    plans.map((plan, index) => {
      const { articleId } = plan.tally;
      if (plan.read === 'all') return new BucketWindow(articleId, wholes[index]!);
      const own = rows.buckets.get(articleId);
      return new BucketWindow(
        articleId,
        plan.read.map(([, bucket]) => own?.get(bucket)),
      );
    }),
  );
}

/** Throws the first failure of `responses`: the totals must never drift from the rows. */
function throwOnFailure(responses: readonly DBCoreMutateResponse[]): void {
  const failed = responses.find((response) => response.numFailures > 0);
  if (failed) throw Object.values(failed.failures)[0]!;
}

/**
 * Applies `changes` to their articles' stored tallies and span buckets and to their
 * authors' totals: one read of the tallies, the buckets under the changed spans and the
 * authors' totals (or rows read ahead, `ahead`), all of an article's buckets where it is
 * counted again whole, and one write of each.
 */
function storeChanges(
  tables: { core: DBCore } & DerivedTables,
  trans: DBCoreTransaction,
  changes: readonly Change[],
  ahead: ReadAhead | undefined,
): Promise<void> {
  if (changes.length === 0) return Promise.resolve();
  // After a bulk write (reported as the whole annotations table), the whole derived tables
  // too: see `bulk-write-parts.ts`.
  const partsOf = (table: DBCoreTable) =>
    changes.length >= BULK_ROWS ? { mutatedParts: wholeTableParts(core, table.name) } : {};
  const byArticle = new Map<string, Change[]>();
  for (const change of changes) {
    const list = byArticle.get(change.annotation.articleId) ?? [];
    list.push(change);
    byArticle.set(change.annotation.articleId, list);
  }
  const keys = [...byArticle.keys()];
  const { core, tallies, buckets, authors, counts } = tables;
  return derivedRowsFor(tables, trans, needsOf(byArticle), ahead)
    .then((rows) => {
      const plans = keys.map((id) => planOf(id, rows.tallies.get(id), byArticle.get(id)!));
      return windowsOf(buckets, trans, plans, rows).then((windows) => ({ plans, windows, rows }));
    })
    .then(({ plans, windows, rows }) => {
      const kept: ArticleTally[] = [];
      const emptied: string[] = [];
      const bucketPuts: SpanBucket[] = [];
      const bucketDeletes: [string, number][] = [];
      const moves: TotalMove[] = [];
      plans.forEach(({ tally, changes: own }, index) => {
        const window = windows[index]!;
        // The stored total, known from the tally read: the old count's key, with no read.
        const before = rows.tallies.get(tally.articleId) === undefined ? undefined : tally.total;
        applyToTally(tally, own, window);
        moves.push({ articleId: tally.articleId, before, after: tally.total });
        if (tally.total === 0) emptied.push(tally.articleId);
        else kept.push(tally);
        const { put, emptied: gone } = window.writes();
        bucketPuts.push(...put);
        bucketDeletes.push(...gone);
      });
      const writes: Promise<DBCoreMutateResponse>[] = [];
      const write = (table: DBCoreTable, request: DBCoreMutateRequest) =>
        writes.push(table.mutate({ ...request, ...partsOf(table) }));
      if (kept.length > 0) write(tallies, { type: 'put', trans, values: kept });
      if (emptied.length > 0) write(tallies, { type: 'delete', trans, keys: emptied });
      if (bucketPuts.length > 0) write(buckets, { type: 'put', trans, values: bucketPuts });
      if (bucketDeletes.length > 0) write(buckets, { type: 'delete', trans, keys: bucketDeletes });
      const deltas = authorDeltasOf(changes);
      const moved = movedTotals(
        deltas,
        [...deltas.keys()].map((key) => rows.authors.get(key)),
      );
      if (moved.put.length > 0) write(authors, { type: 'put', trans, values: moved.put });
      if (moved.emptied.length > 0) write(authors, { type: 'delete', trans, keys: moved.emptied });
      const countWrites = movedCounts(moves);
      if (countWrites.deleted.length > 0)
        write(counts, { type: 'delete', trans, keys: countWrites.deleted });
      if (countWrites.put.length > 0)
        write(counts, { type: 'put', trans, values: countWrites.put });
      if (writes.length > 0) noteDerivedWrites(trans);
      return Promise.all(writes).then(throwOnFailure);
    });
}

const annotationTotals: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourcemark-annotation-totals',
  create: (down) => {
    const names = new Set(down.schema.tables.map((table) => table.name));
    if (!DERIVED.every((table) => names.has(table))) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        mode === 'readwrite' &&
        stores.some((store) => ANNOTATIONS_OF.has(store)) &&
        !DERIVED.every((table) => stores.includes(table))
          ? down.transaction([...new Set([...stores, ...DERIVED])], mode, options)
          : down.transaction(stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        const annotationsOf = ANNOTATIONS_OF.get(name);
        if (!annotationsOf) return table;
        const tables = {
          core: down,
          tallies: down.table(TALLIES_TABLE),
          buckets: down.table(SPAN_BUCKETS_TABLE),
          authors: down.table(AUTHOR_TOTALS_TABLE),
          counts: down.table(ARTICLE_COUNTS_TABLE),
        };
        return {
          ...table,
          // No async function: its native promise would leave Dexie's zone, and the
          // transaction would commit before the totals are written (see `write-guard.ts`).
          mutate: (request) => {
            const ahead =
              name === 'annotations' && (request.type === 'add' || request.type === 'put')
                ? readAhead(tables, request.trans, request.values as Annotation[])
                : undefined;
            return rowsBefore(table, request).then((before) =>
              table.mutate(request).then((response) => {
                const changes = changesOf(request, before, response, annotationsOf);
                return storeInTurn(request.trans, changes, (waited) =>
                  // Rows read ahead serve only the update of this write's own changes.
                  storeChanges(
                    tables,
                    request.trans,
                    waited,
                    waited === changes ? ahead : undefined,
                  ),
                ).then(() => response);
              }),
            );
          },
        };
      },
    };
  },
};

/** Installs the totals on `database`; call before it opens. */
export function installAnnotationTotals(database: Dexie): void {
  database.use(annotationTotals);
}
