/**
 * What a derived table's write reports to Dexie's observability when it follows a bulk
 * write. Dexie names the keys of a put of fewer than 50 rows and the whole table for a
 * larger one. An annotate-all writes its rows a few hundred at a time, so each chunk's
 * annotations came as the whole table while its tallies and span buckets (one row per
 * article: under 50 per chunk) came key by key: 10,000 articles' keys in the transaction's
 * `storagemutated` parts, merged into every live query's set when it commits (Dexie's
 * `mergeRanges`: a 273 ms task for 659 articles, profiled). A derived write that follows a
 * bulk write reports its tables whole, as Dexie reported the write it follows.
 */
import { RangeSet, type DBCore, type ObservabilitySet } from 'dexie';

/** Dexie's own line: a put of this many rows or more is reported as the whole table. */
export const BULK_ROWS = 50;

/**
 * The `mutatedParts` naming every key of `table` (its primary key, its deletions and each
 * index), as Dexie's observability names a bulk write's; fresh each call, since Dexie adds
 * to the object it is given.
 */
export function wholeTableParts(core: DBCore, table: string): ObservabilitySet {
  const prefix = `idb://${core.schema.name}/${table}/`;
  const names = ['', ':dels', ...core.table(table).schema.indexes.map((index) => index.name)];
  return Object.fromEntries(
    names.map((name) => [`${prefix}${name}`, new RangeSet(core.MIN_KEY, core.MAX_KEY)]),
  );
}
