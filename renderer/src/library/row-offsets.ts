/**
 * A long list's row offsets, kept from one render to the next. Search results arrive in
 * batches of 500, each a longer copy of the list: working every offset out again per batch
 * cost a key and a height lookup for every row (45,000 rows: 300–580 ms tasks on the page,
 * measured, most of a result stream's main thread). When the new list starts with the old
 * one's rows, only the added rows are looked up. A measured height changes the offsets of
 * every row after it, and the average that unmeasured rows count as: each row's measured
 * height is kept by position, so the offsets are summed again from the kept numbers, and
 * only the rows measured since are looked up (before, each measurement of a streaming
 * list looked up its 45,000 rows again: 1.5 s of a search's main thread, profiled). The
 * offsets are the same numbers a full pass gives. They are kept in an array with room to
 * grow, doubled when full, so a stream of batches copies the offsets a few times rather
 * than once per batch (45,000 rows in batches of 500: 32 MB of copies per search, and the
 * garbage collector's pauses in the page's longest tasks, profiled). A prefix-sum tree
 * (Fenwick) would make a change O(log n), but the window wants every offset as an array,
 * and summing 45,000 kept numbers is well under a millisecond. Pure. (The search results,
 * measured above, no longer come here: their rows stay in the search worker and are all one
 * height, `useUniformRowWindow.ts`; the library's growing list still does.)
 */
import type { RowHeights } from './row-heights';

export class KeptRowOffsets<Row> {
  private rows: readonly Row[] = [];
  /** Where each row's key is in `rows`; `null` once two rows share a key. */
  private indexOfKey: Map<string, number> | null = new Map();
  /** Each row's measured height, NaN where it was not measured; then room for more. */
  private measured: Float64Array = new Float64Array(0);
  /** The offsets of `rows` at its start, then room for more. */
  private room: Float64Array = new Float64Array(1);
  private offsets: Float64Array = this.room;
  /** The `heights.version` and the unmeasured rows' height the offsets were summed with. */
  private heightsVersion = -1;
  private average = NaN;

  /**
   * The offsets of `rows` (see `rowOffsets`): each row's height is its key's in `heights`,
   * else their average, else `fallback`. An earlier answer never changes: a change of
   * height answers new offsets.
   */
  of(
    rows: readonly Row[],
    keyOf: (row: Row) => string,
    heights: RowHeights,
    fallback: number,
  ): Float64Array {
    const isLonger = startsWith(rows, this.rows);
    if (!isLonger) this.forget();
    let changedFrom = this.rows.length;
    if (heights.version !== this.heightsVersion && this.rows.length > 0) {
      changedFrom = Math.min(changedFrom, this.applyChanges(heights, keyOf));
      const average = heights.averageOr(fallback);
      if (average !== this.average) changedFrom = 0;
    }
    this.heightsVersion = heights.version;
    this.average = heights.averageOr(fallback);
    this.addRows(rows, keyOf, heights);
    this.sumFrom(changedFrom, rows.length);
    this.rows = rows;
    return this.offsets;
  }

  /** Starts over, for rows that are not the kept ones plus more. */
  private forget(): void {
    this.rows = [];
    this.indexOfKey = new Map();
    this.heightsVersion = -1;
    // The last answer keeps its numbers: these are summed in a new array.
    this.room = new Float64Array(1);
    this.offsets = this.room;
  }

  /** Updates the kept heights of the rows changed in `heights`; answers the first index. */
  private applyChanges(heights: RowHeights, keyOf: (row: Row) => string): number {
    const indexOfKey = this.indexOfKey;
    if (indexOfKey === null) {
      // Rows sharing a key: look every row up again, as a full pass does.
      this.rows.forEach((row, i) => (this.measured[i] = heightOrNaN(heights, keyOf(row))));
      return 0;
    }
    let first = this.rows.length;
    for (const key of heights.changedSince(Math.max(0, this.heightsVersion))) {
      const index = indexOfKey.get(key);
      if (index === undefined) continue;
      this.measured[index] = heightOrNaN(heights, key);
      first = Math.min(first, index);
    }
    return first;
  }

  /** Keeps the key and measured height of each row past the kept ones. */
  private addRows(rows: readonly Row[], keyOf: (row: Row) => string, heights: RowHeights): void {
    const known = this.rows.length;
    if (this.measured.length < rows.length) {
      const grown = new Float64Array(Math.max(this.measured.length * 2, rows.length));
      grown.set(this.measured.subarray(0, known));
      this.measured = grown;
    }
    for (let i = known; i < rows.length; i++) {
      const key = keyOf(rows[i]!);
      this.measured[i] = heightOrNaN(heights, key);
      if (this.indexOfKey?.has(key)) this.indexOfKey = null;
      else this.indexOfKey?.set(key, i);
    }
  }

  /** Sums the offsets from row `from` on; new offsets when a kept one changes. */
  private sumFrom(from: number, count: number): void {
    const known = this.rows.length;
    if (from < known) {
      // Earlier answers keep their numbers: this one is new.
      const fresh = new Float64Array(Math.max(this.room.length, count + 1));
      fresh.set(this.offsets.subarray(0, from + 1));
      this.room = fresh;
    } else if (this.room.length < count + 1) {
      const grown = new Float64Array(Math.max(this.room.length * 2, count + 1));
      grown.set(this.offsets);
      this.room = grown;
    }
    // Earlier answers are views of the same numbers, written only past their ends.
    const { room, measured, average } = this;
    for (let i = from; i < count; i++) {
      const height = measured[i]!;
      room[i + 1] = room[i]! + (Number.isNaN(height) ? average : height);
    }
    this.offsets = room.subarray(0, count + 1);
  }
}

function heightOrNaN(heights: RowHeights, key: string): number {
  return heights.measuredHeight(key) ?? NaN;
}

/** Whether `rows` begins with the very rows of `prefix` (identity, not likeness). */
function startsWith<Row>(rows: readonly Row[], prefix: readonly Row[]): boolean {
  if (rows.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (rows[i] !== prefix[i]) return false;
  return true;
}
