/**
 * The stored rows a totals update (`annotation-totals.ts`) reads before it writes: the
 * tallies of the articles a write changed, the span buckets under its spans and its
 * authors' totals, asked for together, one round trip. For a write of a few new or replaced rows they are read ahead:
 * asked for when the write is issued, beside it, so the update that follows the write has
 * them in hand and writes at once. Every round trip of a key press's transaction waits
 * for a main thread that is drawing the new mark, and the row is stored only at commit.
 *
 * Rows read ahead are used only if no derived row was written in the transaction since
 * they were asked for: IndexedDB runs a transaction's requests in order, so they are then
 * what a read issued now would answer. (Today only a transaction's first update is handed
 * rows read ahead, the later ones storing the changes of several writes together, so this
 * holds; the check keeps it so if that changes.) Otherwise they are read again.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Annotation } from '../annotation/types';
import { bucketsUnder, type ArticleTally } from '../stats/article-tally';
import { authorKeyOf, type AuthorTotal } from '../stats/author-totals';
import type { SpanBucket } from '../stats/span-buckets';

type Changes = readonly { annotation: Annotation; sign: 1 | -1 }[];

/** The tables an update reads, and the one it writes without a read of its own. */
export interface DerivedTables {
  tallies: DBCoreTable;
  buckets: DBCoreTable;
  authors: DBCoreTable;
  /** `articleCounts`: the old key is known from the tally read (`stats/article-counts.ts`). */
  counts: DBCoreTable;
}

/** Stored tallies by article, and buckets by article and bucket (`undefined`: none stored). */
export interface DerivedRows {
  tallies: Map<string, ArticleTally | undefined>;
  buckets: Map<string, Map<number, SpanBucket | undefined>>;
  /** Stored totals by author key (`authorKeyOf`). */
  authors: Map<string, AuthorTotal | undefined>;
}

/** What an update needs read: its articles' tallies, and the buckets under their spans. */
export interface DerivedNeeds {
  articles: string[];
  /** Buckets under the changed spans (an article counted again whole reads its own later). */
  buckets: [string, number][];
  /** The changed annotations' authors (`authorKeyOf`). */
  authors: string[];
}

/** The needs of `byArticle`'s changes (each list on its article). */
export function needsOf(byArticle: ReadonlyMap<string, Changes>): DerivedNeeds {
  const buckets: [string, number][] = [];
  const authors = new Set<string>();
  for (const [articleId, changes] of byArticle) {
    const keys = bucketsUnder(articleId, changes);
    if (keys !== 'all') for (const key of keys) buckets.push(key);
    for (const { annotation } of changes) authors.add(authorKeyOf(annotation));
  }
  return { articles: [...byArticle.keys()], buckets, authors: [...authors] };
}

/** Reads `needs`: the tallies, the buckets and the authors' totals issued together. */
export function readDerived(
  tables: DerivedTables,
  trans: DBCoreTransaction,
  needs: DerivedNeeds,
): Promise<DerivedRows> {
  const { articles, buckets: keys } = needs;
  const tallies = tables.tallies.getMany({ trans, keys: articles });
  const buckets =
    keys.length > 0 ? tables.buckets.getMany({ trans, keys }) : Promise.resolve([] as unknown[]);
  const authors = tables.authors.getMany({ trans, keys: needs.authors });
  return Promise.all([tallies, buckets, authors]).then(([storedTallies, storedBuckets, totals]) => {
    const rows: DerivedRows = { tallies: new Map(), buckets: new Map(), authors: new Map() };
    articles.forEach((id, index) => rows.tallies.set(id, storedTallies[index] as ArticleTally));
    needs.authors.forEach((author, index) =>
      rows.authors.set(author, totals[index] as AuthorTotal | undefined),
    );
    keys.forEach(([articleId, bucket], index) => {
      let own = rows.buckets.get(articleId);
      if (!own) rows.buckets.set(articleId, (own = new Map()));
      own.set(bucket, storedBuckets[index] as SpanBucket | undefined);
    });
    return rows;
  });
}

/** Derived writes issued per transaction: rows read before the last one are out of date. */
const writesIssued = new WeakMap<DBCoreTransaction, number>();

/** Notes that an update issued its writes in `trans`. */
export function noteDerivedWrites(trans: DBCoreTransaction): void {
  writesIssued.set(trans, (writesIssued.get(trans) ?? 0) + 1);
}

/** Rows read ahead of an update. */
export interface ReadAhead {
  needs: DerivedNeeds;
  /** `writesIssued` when they were asked for. */
  issuedAfter: number;
  rows: Promise<DerivedRows>;
}

/** Writes of more rows than this read what they need once written: an import's chunks. */
const AHEAD_ROWS = 16;

/**
 * Asks now for what the update after a write of `stored` (the rows it adds or puts) will
 * read, for a write of a few rows; none for a larger one.
 */
export function readAhead(
  tables: DerivedTables,
  trans: DBCoreTransaction,
  stored: readonly Annotation[],
): ReadAhead | undefined {
  if (stored.length === 0 || stored.length > AHEAD_ROWS) return undefined;
  const byArticle = new Map<string, { annotation: Annotation; sign: 1 | -1 }[]>();
  for (const annotation of stored) {
    const list = byArticle.get(annotation.articleId) ?? [];
    list.push({ annotation, sign: 1 });
    byArticle.set(annotation.articleId, list);
  }
  const needs = needsOf(byArticle);
  const rows = readDerived(tables, trans, needs);
  // Unused (read again instead), a failed read must not surface as an unhandled rejection:
  // a read that fails aborts the transaction, which the write reports.
  rows.catch(() => undefined);
  return { needs, issuedAfter: writesIssued.get(trans) ?? 0, rows };
}

/**
 * The rows `needs` asks for: those read ahead when they are still current and hold every
 * one needed, else read now.
 */
export function derivedRowsFor(
  tables: DerivedTables,
  trans: DBCoreTransaction,
  needs: DerivedNeeds,
  ahead: ReadAhead | undefined,
): Promise<DerivedRows> {
  if (ahead && (writesIssued.get(trans) ?? 0) === ahead.issuedAfter && covers(ahead, needs))
    return ahead.rows;
  return readDerived(tables, trans, needs);
}

function covers(ahead: ReadAhead, needs: DerivedNeeds): boolean {
  const articles = new Set(ahead.needs.articles);
  const buckets = new Set(ahead.needs.buckets.map(bucketKey));
  const authors = new Set(ahead.needs.authors);
  return (
    needs.articles.every((id) => articles.has(id)) &&
    needs.buckets.every((key) => buckets.has(bucketKey(key))) &&
    needs.authors.every((author) => authors.has(author))
  );
}

const bucketKey = ([articleId, bucket]: [string, number]) => `${bucket} ${articleId}`;
