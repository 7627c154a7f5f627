/**
 * Where a row goes in a sorted list: the first index not before it in `compare` order
 * (binary search). The editor's lists are patched a row at a time on every key press, so
 * every one of them finds its places this way rather than sorting again.
 */
export function lowerBound<Row>(
  rows: readonly Row[],
  row: Row,
  compare: (a: Row, b: Row) => number,
): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(rows[middle]!, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
