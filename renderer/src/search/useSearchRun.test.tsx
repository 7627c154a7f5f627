// @vitest-environment jsdom
/**
 * A search's rows stream in from the worker in batches, far faster than frames are drawn
 * when a word has 45,000 hits: the first rows show at once, later batches once a frame, and
 * the run's end shows them all.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueryListener } from './search-client';
import type { ResultRow, SearchOptions } from './search-protocol';
import { useSearchRun, type SearchRun } from './useSearchRun';

const worker = vi.hoisted(() => ({ listener: undefined as QueryListener | undefined }));
vi.mock('./search-client', () => ({
  sharedSearchClient: () => ({
    run: (_query: string, _options: SearchOptions, listener: QueryListener) => {
      worker.listener = listener;
      return 1;
    },
    cancel: () => {},
    subscribeIndexState: () => () => {},
    indexState: { kind: 'ready', articles: 1, annotations: 0, loadedMs: 0 },
  }),
}));

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const batchOf = (from: number): ResultRow[] =>
  Array.from({ length: 500 }, (_, i) => ({ articleId: `a${from + i}`, start: 0 }) as ResultRow);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('useSearchRun', () => {
  it('shows the first rows at once, later batches once a frame, and every row at the end', async () => {
    const shown: number[] = [];
    let search: SearchRun | undefined;
    function Results() {
      search = useSearchRun();
      shown.push(search.rows.length);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Results />));
    await act(async () => search!.run('inflation', {} as SearchOptions));
    shown.length = 0;
    // Each batch its own task, as the worker's messages are.
    for (let batch = 0; batch < 10; batch++)
      await act(async () => worker.listener!.onRows(batchOf(batch * 500)));
    expect(shown[0]).toBe(500);
    // Not a render (and a copy of the list) per batch: at most one more per frame drawn.
    expect(shown.length).toBeLessThanOrEqual(3);
    await act(async () => {
      await nextFrame();
    });
    expect(shown.at(-1)).toBe(5_000);
    shown.length = 0;
    await act(async () => {
      worker.listener!.onRows(batchOf(5_000));
      worker.listener!.onDone({
        rows: 5_500,
        articles: 5_500,
        rejected: 0,
        undated: 0,
        missingTexts: 0,
        elapsedMs: 1,
      });
      await nextFrame();
    });
    expect(shown).toEqual([5_500]);
    expect(search!.state.kind).toBe('done');
    await act(async () => root.unmount());
  });
});
