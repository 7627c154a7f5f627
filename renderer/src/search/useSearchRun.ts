/**
 * Runs searches through the shared search worker and gathers their rows as they arrive:
 * the first screenful comes before the last article is checked, and a newer search stops
 * the running one. The last search and its rows outlive the Search screen, so opening a hit
 * and coming back finds the results where they were.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { sharedSearchClient, type IndexState } from './search-client';
import type { ResultRow, SearchOptions, SearchSummary } from './search-protocol';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; summary: SearchSummary }
  | { kind: 'invalid'; error: string }
  | { kind: 'failed'; error: string };

interface LastSearch {
  /** Searches finished (done, invalid or failed) so far: tells one answer from the next. */
  finished: number;
  rows: readonly ResultRow[];
  state: RunState;
  text: string;
  includeChrome: boolean;
}

let last: LastSearch = {
  finished: 0,
  rows: [],
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

export interface SearchRun extends LastSearch {
  indexState: IndexState;
  run(query: string, options: SearchOptions): void;
}

export function useSearchRun(): SearchRun {
  const client = sharedSearchClient();
  const current = useSyncExternalStore(subscribe, () => last);
  const indexState = useSyncExternalStore(client.subscribeIndexState, () => client.indexState);

  const run = useCallback(
    (query: string, options: SearchOptions) => {
      const gathered: ResultRow[] = [];
      const runNumber = ++latestRun;
      // The first rows are handed on at once; later batches once a frame at most, so a stream
      // of 90 batches is not 90 copies of a growing list and 90 renders (profiled: copies and
      // the garbage they leave were most of a 45,000-row search's main thread). The run's end
      // hands on whatever is left.
      let isShown = false;
      let isFrameAsked = false;
      let isOver = false;
      const handOn = () => {
        isFrameAsked = false;
        if (!isOver && runNumber === latestRun) update({ rows: gathered.slice() });
      };
      update({
        rows: [],
        state: { kind: 'running' },
        text: query,
        includeChrome: options.includeChrome,
      });
      client.run(query, options, {
        onRows: (batch) => {
          // One array grown in place, handed on as a new array so React sees the change.
          gathered.push(...batch);
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
            rows: gathered.slice(),
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
    },
    [client],
  );
  return { ...current, indexState, run };
}
