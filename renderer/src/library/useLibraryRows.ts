import { useEffect, useRef, useState } from 'react';
import { watchLibraryRows, type LibraryFeed } from './library-feed';
import type { LibraryRow } from './library-rows';

/** The rows so far, and while a large library is still being read, its size. */
export interface LibraryRowsState {
  rows: readonly LibraryRow[] | undefined;
  /**
   * While `rows` is only the first of a large library's articles: how many it holds, once
   * counted (`undefined` before). `null` once read whole.
   */
  reading: { total: number | undefined } | null;
}

/**
 * The library's rows, kept live as articles and annotations change while the library is on
 * screen; `undefined` while loading. Follows the writes' keys (`library-feed.ts`): a chunk
 * of an import re-reads its own articles, not the library. Behind the reader the last rows
 * are kept and nothing is read: an annotation written there would otherwise cost a recount
 * of every annotation. Coming back reads what changed meanwhile.
 */
export function useLibraryRows(isActive: boolean): LibraryRowsState {
  const [state, setState] = useState<LibraryRowsState>({ rows: undefined, reading: null });
  const feed = useRef<LibraryFeed | null>(null);
  const initiallyActive = useRef(isActive);

  useEffect(() => {
    const running = watchLibraryRows(
      (rows, reading) => setState({ rows, reading: reading ?? null }),
      (error: unknown) => console.error('[library] the rows could not be read', error),
      initiallyActive.current,
    );
    feed.current = running;
    return () => {
      running.stop();
      feed.current = null;
    };
  }, []);

  useEffect(() => {
    initiallyActive.current = isActive;
    feed.current?.setActive(isActive);
  }, [isActive]);

  return state;
}
