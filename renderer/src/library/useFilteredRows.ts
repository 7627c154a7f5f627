/**
 * The library's rows that pass the text filter. A keystroke filters at once when every row's
 * filter text is folded, which `foldAhead` does in background turns once the rows arrive. A filter
 * typed before that (right after a reload) folded the rest in the keystroke's own task: 10,000
 * rows, a 606 ms task. Now the rows left are folded a slice per task first, the list showing
 * what it showed before until they are, then filtered.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  areFolded,
  filterRows,
  foldAhead,
  hasFilterWords,
  type FilterableRow,
} from './library-rows';
import { nextTurn } from './turns';

/** `rows` filtered by `query` (see the module comment). */
export function useFilteredRows<Row extends FilterableRow>(
  rows: readonly Row[],
  query: string,
): readonly Row[] {
  // The list whose folding this hook finished, so a render need not look at every row.
  const [folded, setFolded] = useState<readonly Row[] | null>(null);
  const isReady = !hasFilterWords(query) || folded === rows || areFolded(rows);
  const filtered = useMemo(
    () => (isReady ? filterRows(rows, query) : null),
    [rows, query, isReady],
  );
  const [lastShown, setLastShown] = useState<readonly Row[]>(rows);
  if (filtered !== null && filtered !== lastShown) setLastShown(filtered);

  useEffect(() => {
    if (isReady) return;
    const stop = new AbortController();
    // Someone is waiting (a filter is typed): the next task, not a background turn.
    void foldAhead(rows, stop.signal, nextTurn).then(() => {
      if (!stop.signal.aborted) setFolded(rows);
    });
    return () => stop.abort();
  }, [rows, isReady]);

  return filtered ?? lastShown;
}
