// @vitest-environment jsdom
/**
 * The Search screen mounts each search's concordance at the submit, before its first rows
 * come, so they are drawn for the viewport's measured height; a new search has a new one
 * (scrolled to the top, its first screen first).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunState, SearchRun } from './useSearchRun';

const state = vi.hoisted(() => ({ search: undefined as unknown as SearchRun }));
vi.mock('./useSearchRun', () => ({ useSearchRun: () => state.search }));
vi.mock('./SavedQueries', () => ({ SavedQueries: () => null }));
vi.mock('../shell/useEscapeLayer', () => ({ useEscapeLayer: () => {} }));
vi.mock('../store/useActiveCodebook', () => ({
  useActiveCodebook: () => ({ codebook: { items: [] } }),
}));

const { SearchView } = await import('./SearchView');

function searchRun(id: number, count: number, runState: RunState): SearchRun {
  return {
    id,
    count,
    finished: 0,
    shown: { from: 0, rows: [] },
    state: runState,
    text: 'inflation',
    includeChrome: false,
    indexState: { kind: 'ready', articles: 1, annotations: 0, loadedMs: 0 },
    run: () => {},
    showRows: () => {},
    resultsCsv: async () => '',
    tagHits: async () => [],
  };
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

describe('SearchView', () => {
  it('has a concordance of its own for each search from its submit, its list hidden until rows come', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const show = (search: SearchRun) =>
      act(async () => {
        state.search = search;
        root.render(<SearchView onOpenHit={() => {}} onClose={() => {}} />);
      });
    await show(searchRun(0, 0, { kind: 'idle' }));
    expect(container.querySelector('.concordance')).toBeNull();
    await show(searchRun(7, 0, { kind: 'running' }));
    const first = container.querySelector('.concordance');
    expect(first).not.toBeNull();
    expect(container.querySelector<HTMLOListElement>('ol.concordance-rows')!.hidden).toBe(true);
    await show(searchRun(7, 250, { kind: 'running' }));
    expect(container.querySelector('.concordance')).toBe(first);
    expect(container.querySelector<HTMLOListElement>('ol.concordance-rows')!.hidden).toBe(false);
    await show(searchRun(8, 0, { kind: 'running' }));
    expect(container.querySelector('.concordance')).not.toBe(first);
    const summary = { rows: 0, articles: 0, rejected: 0, undated: 0, missingTexts: 0 };
    await show(searchRun(8, 0, { kind: 'done', summary: { ...summary, elapsedMs: 1 } }));
    expect(container.querySelector('.concordance')).toBeNull();
    await act(async () => root.unmount());
  });
});
