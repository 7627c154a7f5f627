/**
 * A long list's row offsets, kept from one render to the next. Search results arrive in
 * batches of 500, each a longer copy of the list: working every offset out again per batch
 * cost a key and a height lookup for every row (45,000 rows: 300–580 ms tasks on the page,
 * measured, most of a result stream's main thread). When the new list starts with the old
 * one's rows and no height changed, only the added rows are worked out; the offsets are the
 * same numbers a full pass gives. Pure.
 */
import { rowOffsets } from './row-window';

export class KeptRowOffsets<Row> {
  private rows: readonly Row[] = [];
  private offsets: Float64Array = new Float64Array(1);
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
      this.offsets = rowOffsets(rows.length, heightAt);
    } else if (rows.length > known) {
      const offsets = new Float64Array(rows.length + 1);
      offsets.set(this.offsets);
      for (let i = known; i < rows.length; i++) offsets[i + 1] = offsets[i]! + heightAt(i);
      this.offsets = offsets;
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
