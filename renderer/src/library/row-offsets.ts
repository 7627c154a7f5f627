/**
 * A long list's row offsets, kept from one render to the next. Search results arrive in
 * batches of 500, each a longer copy of the list: working every offset out again per batch
 * cost a key and a height lookup for every row (45,000 rows: 300–580 ms tasks on the page,
 * measured, most of a result stream's main thread). When the new list starts with the old
 * one's rows and no height changed, only the added rows are worked out; the offsets are the
 * same numbers a full pass gives. They are kept in an array with room to grow, doubled when
 * full, so a stream of batches copies the offsets a few times rather than once per batch
 * (45,000 rows in batches of 500: 32 MB of copies per search, and the garbage collector's
 * pauses in the page's longest tasks, profiled). Pure.
 */
import { rowOffsets } from './row-window';

export class KeptRowOffsets<Row> {
  private rows: readonly Row[] = [];
  /** The offsets of `rows` at its start, then room for more. */
  private room: Float64Array = new Float64Array(1);
  private offsets: Float64Array = this.room;
  private heightsVersion = -1;

  /**
   * The offsets of `rows` (see `rowOffsets`), `heightAt` giving row heights as of
   * `heightsVersion` (a number that changes whenever any height may have).
   */
  of(
    rows: readonly Row[],
    heightAt: (index: number) => number,
    heightsVersion: number,
  ): Float64Array {
    const known = this.rows.length;
    if (heightsVersion !== this.heightsVersion || !startsWith(rows, this.rows)) {
      this.room = rowOffsets(rows.length, heightAt);
      this.offsets = this.room;
    } else if (rows.length > known) {
      if (this.room.length < rows.length + 1) {
        const grown = new Float64Array(Math.max(this.room.length * 2, rows.length + 1));
        grown.set(this.offsets);
        this.room = grown;
      }
      // Earlier answers are views of the same numbers, written only past their ends.
      const room = this.room;
      for (let i = known; i < rows.length; i++) room[i + 1] = room[i]! + heightAt(i);
      this.offsets = room.subarray(0, rows.length + 1);
    }
    this.rows = rows;
    this.heightsVersion = heightsVersion;
    return this.offsets;
  }
}

/** Whether `rows` begins with the very rows of `prefix` (identity, not likeness). */
function startsWith<Row>(rows: readonly Row[], prefix: readonly Row[]): boolean {
  if (rows.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (rows[i] !== prefix[i]) return false;
  return true;
}
