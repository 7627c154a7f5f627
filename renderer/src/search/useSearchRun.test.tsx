// @vitest-environment jsdom
/**
 * A search's count streams in from the worker far faster than frames are drawn when a word
 * has 50,000 hits: the first count (with the first rows) shows at once, later counts once a
 * frame, and the run's end shows the last. The rows stay in the worker: the page holds the
 * head, then only the window it asks for.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueryListener } from './search-client';
import type { ResultRow, SearchOptions } from './search-protocol';
import { useSearchRun, type SearchRun } from './useSearchRun';

const row = (i: number) => ({ articleId: `a${i}`, start: i }) as ResultRow;
const worker = vi.hoisted(() => ({
  listener: undefined as QueryListener | undefined,
  asked: [] as [number, number][],
  released: [] as number[],
}));
vi.mock('./search-client', () => ({
  sharedSearchClient: () => ({
    run: (_query: string, _options: SearchOptions, listener: QueryListener) => {
      worker.listener = listener;
      return 7;
    },
    cancel: () => {},
    rows: async (_id: number, from: number, to: number) => {
      worker.asked.push([from, to]);
      return { from, rows: Array.from({ length: to - from }, (_, i) => row(from + i)) };
    },
    release: (id: number) => worker.released.push(id),
    subscribeIndexState: () => () => {},
    indexState: { kind: 'ready', articles: 1, annotations: 0, loadedMs: 0 },
  }),
}));

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const head = Array.from({ length: 100 }, (_, i) => row(i));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const summary = (rows: number) => ({
  rows,
  articles: rows,
  rejected: 0,
  undated: 0,
  missingTexts: 0,
  elapsedMs: 1,
});

describe('useSearchRun', () => {
  it('shows the first count at once, later ones once a frame, and the last at the end', async () => {
    const shown: number[] = [];
    let search: SearchRun | undefined;
    function Results() {
      search = useSearchRun();
      shown.push(search.count);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Results />));
    await act(async () => search!.run('inflation', {} as SearchOptions));
    shown.length = 0;
    // Each batch its own task, as the worker's messages are.
    await act(async () => worker.listener!.onFound(40, head.slice(0, 40)));
    for (let batch = 1; batch < 10; batch++)
      await act(async () => worker.listener!.onFound(40 + batch * 500, head));
    expect(shown[0]).toBe(40);
    // Not a render per batch: at most one more per frame drawn.
    expect(shown.length).toBeLessThanOrEqual(3);
    await act(async () => {
      await nextFrame();
    });
    expect(shown.at(-1)).toBe(4_540);
    shown.length = 0;
    await act(async () => {
      worker.listener!.onFound(5_040, undefined);
      worker.listener!.onDone(summary(5_040));
      await nextFrame();
    });
    expect(shown).toEqual([5_040]);
    expect(search!.state.kind).toBe('done');
    expect(search!.shown).toEqual({ from: 0, rows: head });
    await act(async () => root.unmount());
  });

  it('holds no more than the window it shows after a 50,000-row search', async () => {
    let search: SearchRun | undefined;
    function Results() {
      search = useSearchRun();
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Results />));
    await act(async () => search!.run('inflation', {} as SearchOptions));
    const id = search!.id;
    await act(async () => {
      worker.listener!.onFound(100, head);
      for (let count = 600; count <= 50_100; count += 500)
        worker.listener!.onFound(count, undefined);
      worker.listener!.onDone(summary(50_100));
    });
    expect(search!.count).toBe(50_100);
    expect(search!.shown.rows).toHaveLength(100);
    // The head covers the top: nothing asked.
    search!.showRows(0, 60);
    expect(worker.asked).toEqual([]);
    await act(async () => search!.showRows(31_000, 31_045));
    expect(worker.asked).toEqual([[31_000, 31_045]]);
    expect(search!.shown.from).toBe(31_000);
    expect(search!.shown.rows.map((held) => held.start)).toEqual(
      Array.from({ length: 45 }, (_, i) => 31_000 + i),
    );
    // A window past the end asks for the rows there are.
    await act(async () => search!.showRows(50_080, 50_140));
    expect(worker.asked.at(-1)).toEqual([50_080, 50_100]);
    expect(search!.shown.rows).toHaveLength(20);
    // A new search lets the worker forget this one's rows.
    await act(async () => search!.run('merkez', {} as SearchOptions));
    expect(worker.released).toContain(id);
    await act(async () => root.unmount());
  });
});
