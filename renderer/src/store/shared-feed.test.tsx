// @vitest-environment jsdom
/**
 * The click that opens an article starts the reader's reads; the reader, once mounted, must
 * take over those reads rather than issue its own, and nothing may keep reading after it.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFeed, UNREAD_STOP_MS, useFeed, type FeedStarter } from './shared-feed';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => vi.useRealTimers());

/** A starter that counts its starts and stops and lets the test emit. */
function countingStarter() {
  const counts = { starts: 0, stops: 0 };
  let emit: ((value: string) => void) | null = null;
  const start: FeedStarter<string> = (next) => {
    counts.starts++;
    emit = next;
    return () => counts.stops++;
  };
  return { counts, start, emit: (value: string) => emit?.(value) };
}

function Reader({ feedKey, start }: { feedKey: string; start: FeedStarter<string> }) {
  return <p>{useFeed(feedKey, start) ?? 'loading'}</p>;
}

describe('shared feeds', () => {
  it('hands the read a click started to the view that mounts after it, and stops with it', async () => {
    const feed = countingStarter();
    startFeed('a', feed.start);
    feed.emit('first page');
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Reader feedKey="a" start={feed.start} />));
    // Already delivered before the view mounted: shown at its first render, read once.
    expect(host.textContent).toBe('first page');
    expect(feed.counts.starts).toBe(1);
    await act(async () => feed.emit('second page'));
    expect(host.textContent).toBe('second page');
    await act(async () => root.unmount());
    await act(() => new Promise((resolve) => setTimeout(resolve, 1)));
    expect(feed.counts.stops).toBe(1);
  });

  it('stops a read started ahead when no view comes for it', () => {
    vi.useFakeTimers();
    const feed = countingStarter();
    startFeed('b', feed.start);
    startFeed('b', feed.start);
    expect(feed.counts.starts).toBe(1);
    vi.advanceTimersByTime(UNREAD_STOP_MS - 1);
    expect(feed.counts.stops).toBe(0);
    vi.advanceTimersByTime(1);
    expect(feed.counts.stops).toBe(1);
  });
});
