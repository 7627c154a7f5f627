// @vitest-environment jsdom
import 'fake-indexeddb/auto';
/**
 * The watch list is every article's record: read at start with the library's first page
 * and a dialog opened straight away, it slowed both (the export bench's dialog). It waits,
 * unless an import comes first, and the page never spells it as JSON (the host does).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourcemarkApi, WatchedSource } from '../../../preload/api';
import type { ArticleSummary } from '../library/article-repository';
import { FIRST_REGISTRATION_DELAY_MS, useSourceWatch } from './useSourceWatch';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../library/article-repository', () => ({
  listArticleSummaries: async () => {
    reads.count += 1;
    return [
      {
        id: 'art-1',
        sourcePath: '/home/analyst/corridor.txt',
        sizeBytes: 42,
        modifiedAtMs: 1_700_000_000_000,
        textSha256: 'ab'.repeat(32),
        addedAt: '2026-03-11T10:00:00.000Z',
      } as unknown as ArticleSummary,
    ];
  },
}));

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let watched: WatchedSource[][] = [];
const api = {
  sources: {
    watch: async (sources: WatchedSource[]) => {
      watched.push(sources);
      return { ok: true, value: { refused: [] } };
    },
    check: async () => ({ ok: true, value: { changed: [], missing: [], hasMore: false } }),
    onDidChangeSources: () => () => {},
  },
} as unknown as SourcemarkApi;
const notify = () => {};

/** The app around the hook; `renders` changes only to render it again. */
function Shell({ isImporting }: { isImporting: boolean; renders?: number }) {
  useSourceWatch(api, notify, isImporting);
  return null;
}

/** Lets timers and the reads' promises run: `ms` of fake time, a tick at a time. */
async function pass(ms: number) {
  for (let at = 0; at < ms; at += 100) await act(async () => vi.advanceTimersByTimeAsync(100));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  reads.count = 0;
  watched = [];
});
afterEach(() => vi.useRealTimers());

describe('the source watch', () => {
  it('reads the library for its list only after the start-up delay, then registers it once', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Shell isImporting={false} />));
    await pass(FIRST_REGISTRATION_DELAY_MS - 500);
    expect(reads.count).toBe(0);
    expect(watched).toHaveLength(0);
    await pass(1_500);
    expect(reads.count).toBe(1);
    expect(watched).toEqual([[expect.objectContaining({ path: '/home/analyst/corridor.txt' })]]);
    await act(async () => root.unmount());
  });

  it('never spells the list as JSON on the page’s side, however often the app renders', async () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    const parse = vi.spyOn(JSON, 'parse');
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Shell isImporting={false} />));
    await pass(FIRST_REGISTRATION_DELAY_MS + 1_000);
    for (let n = 1; n <= 5; n++)
      await act(async () => root.render(<Shell isImporting={false} renders={n} />));
    const spelled = stringify.mock.calls.filter(([value]) => Array.isArray(value));
    const parsed = parse.mock.calls.length;
    stringify.mockRestore();
    parse.mockRestore();
    // The host spells what it sends (here a fake that keeps the list as it came).
    expect(spelled).toHaveLength(0);
    expect(parsed).toBe(0);
    expect(watched).toHaveLength(1);
    await act(async () => root.unmount());
  });

  it('registers the files of an import made before the delay as soon as it is over', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Shell isImporting={false} />));
    await pass(500);
    await act(async () => root.render(<Shell isImporting={true} />));
    await act(async () => root.render(<Shell isImporting={false} />));
    await pass(1_000);
    expect(watched).toHaveLength(1);
    await act(async () => root.unmount());
  });
});
