/**
 * Which rows of a long list to render: those within some pixels of the viewport, with the
 * height the others would take above and below. Rows differ in height (a long title wraps),
 * so heights are the measured ones where known and an estimate elsewhere; the offsets are
 * recomputed per render (10,000 additions), never cached across a change of the rows. Pure.
 */

/** Rows `[first, end)` are rendered; `before` and `after` pixels stand for the others. */
export interface RowWindow {
  first: number;
  end: number;
  before: number;
  after: number;
}

/** The top of each row and, last, the total height (`count + 1` entries). */
export function rowOffsets(count: number, heightAt: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightAt(i);
  return offsets;
}

/** The first index whose row ends below `y` (rows ending at or above it are past). */
export function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rows overlapping `[top - overscan, top + height + overscan)`, in list coordinates
 * (`top` is how far the list is scrolled past its first row).
 */
export function rowWindow(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan: number,
): RowWindow {
  const count = offsets.length - 1;
  const total = offsets[count]!;
  const first = Math.min(count, rowAt(offsets, Math.max(0, top - overscan)));
  let end = first;
  const bottom = top + height + overscan;
  while (end < count && offsets[end]! < bottom) end++;
  return { first, end, before: offsets[first]!, after: total - offsets[end]! };
}

/**
 * `rowWindow` for `count` rows all `rowHeight` high: worked out from the height alone, so a
 * list whose rows the page does not hold (search results kept in the worker) needs no
 * per-row number for the rows it does not show.
 */
export function uniformRowWindow(
  count: number,
  rowHeight: number,
  top: number,
  height: number,
  overscan: number,
): RowWindow {
  const first = Math.min(count, Math.max(0, Math.floor((top - overscan) / rowHeight)));
  const end = Math.max(first, Math.min(count, Math.ceil((top + height + overscan) / rowHeight)));
  return { first, end, before: first * rowHeight, after: (count - end) * rowHeight };
}
