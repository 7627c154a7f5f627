/**
 * Runs searches through the shared search worker and follows how many rows each has found:
 * the first screenful comes before the last article is checked, and a newer search stops
 * the running one. The rows stay in the worker; the page holds only those the concordance
 * shows (`showRows` asks for them by index), so a 51,000-row search costs the page's thread
 * a count a frame and a window of rows, not 51,000 rows cloned and laid out in offsets. The
 * last search and its shown rows outlive the Search screen, so opening a hit and coming back
 * finds the results where they were.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { sharedSearchClient, type IndexState } from './search-client';
import type { ResultRow, SearchOptions, SearchSummary, TagHit } from './search-protocol';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; summary: SearchSummary }
  | { kind: 'invalid'; error: string }
  | { kind: 'failed'; error: string };

/** Rows held on the page: `rows[i]` is row `from + i` of the search. */
export interface RowSlice {
  from: number;
  rows: readonly ResultRow[];
}

interface LastSearch {
  /** Searches finished (done, invalid or failed) so far: tells one answer from the next. */
  finished: number;
  /** The worker's id of this search's rows; 0 before the first search. */
  id: number;
  /** Rows found so far. */
  count: number;
  /** The rows last asked for by the concordance (or the head sent with the count). */
  shown: RowSlice;
  state: RunState;
  text: string;
  includeChrome: boolean;
}

const NO_ROWS: RowSlice = { from: 0, rows: [] };
let last: LastSearch = {
  finished: 0,
  id: 0,
  count: 0,
  shown: NO_ROWS,
  state: { kind: 'idle' },
  text: '',
  includeChrome: false,
};
const listeners = new Set<() => void>();
const update = (next: Partial<LastSearch>) => {
  last = { ...last, ...next };
  for (const listener of listeners) listener();
};
// Which run is the Search screen's latest: a run stopped by a newer one of its own says nothing.
let latestRun = 0;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** The last rows asked for: asked again only when the window wants others. */
let asked: { id: number; from: number; end: number } | null = null;

/**
 * Makes sure rows `[from, to)` of the last search are held, asking the worker for them when
 * they are not (the window's rows only: what was shown before is let go).
 */
function showRows(from: number, to: number): void {
  const { id, count, shown } = last;
  const end = Math.min(to, count);
  if (id === 0 || from >= end) return;
  if (shown.from <= from && shown.from + shown.rows.length >= end) return;
  if (asked && asked.id === id && asked.from === from && asked.end === end) return;
  const question = { id, from, end };
  asked = question;
  sharedSearchClient()
    .rows(id, from, end)
    .then(
      (slice) => {
        // A newer question's answer is the one to show.
        if (asked === question && last.id === id) update({ shown: slice });
      },
      (error: unknown) => {
        if (asked !== question || last.id !== id) return;
        update({
          state: { kind: 'failed', error: error instanceof Error ? error.message : String(error) },
          finished: last.finished + 1,
        });
      },
    );
}

export interface SearchRun extends LastSearch {
  indexState: IndexState;
  run(query: string, options: SearchOptions): void;
  /** Asks for rows `[from, to)` to be shown (see `showRows`). */
  showRows(from: number, to: number): void;
  /** The last search's rows as CSV, `labels` naming item ids. */
  resultsCsv(labels: Record<string, string>): Promise<string>;
  /** Where the last search's hits are, for "Tag all results". */
  tagHits(): Promise<TagHit[]>;
}

const resultsCsv = (labels: Record<string, string>) => sharedSearchClient().csv(last.id, labels);
const tagHits = () => sharedSearchClient().tagHits(last.id);

export function useSearchRun(): SearchRun {
  const client = sharedSearchClient();
  const current = useSyncExternalStore(subscribe, () => last);
  const indexState = useSyncExternalStore(client.subscribeIndexState, () => client.indexState);

  const run = useCallback(
    (query: string, options: SearchOptions) => {
      const runNumber = ++latestRun;
      // The last search's rows are not asked for again: the worker may forget them.
      if (last.id !== 0) client.release(last.id);
      let count = 0;
      let head: readonly ResultRow[] = [];
      // The first count is handed on at once; later ones once a frame at most, so a stream
      // of 90 batches is not 90 renders. The run's end hands on whatever is left.
      let isShown = false;
      let isFrameAsked = false;
      let isOver = false;
      // The head sent with the counts, while the concordance shows the top of the list.
      const withHead = (): Partial<LastSearch> =>
        last.shown.from === 0 && head.length > last.shown.rows.length
          ? { count, shown: { from: 0, rows: head } }
          : { count };
      const handOn = () => {
        isFrameAsked = false;
        if (!isOver && runNumber === latestRun) update(withHead());
      };
      asked = null;
      update({
        id: 0,
        count: 0,
        shown: NO_ROWS,
        state: { kind: 'running' },
        text: query,
        includeChrome: options.includeChrome,
      });
      const id = client.run(query, options, {
        onFound: (found, newHead) => {
          count = found;
          if (newHead) head = newHead;
          if (!isShown) {
            isShown = true;
            handOn();
          } else if (!isFrameAsked) {
            isFrameAsked = true;
            requestAnimationFrame(handOn);
          }
        },
        onDone: (summary) => {
          isOver = true;
          update({
            ...withHead(),
            state: { kind: 'done', summary },
            finished: last.finished + 1,
          });
        },
        onInvalid: (error) =>
          update({ state: { kind: 'invalid', error }, finished: last.finished + 1 }),
        onFailed: (error) =>
          update({ state: { kind: 'failed', error }, finished: last.finished + 1 }),
        // Another screen ran a saved query on the one worker: say so rather than spin on.
        onStopped: () => {
          if (runNumber !== latestRun) return;
          update({
            state: { kind: 'failed', error: 'Stopped: a saved query ran elsewhere. Search again.' },
            finished: last.finished + 1,
          });
        },
      });
      update({ id });
    },
    [client],
  );
  return { ...current, indexState, run, showRows, resultsCsv, tagHits };
}
