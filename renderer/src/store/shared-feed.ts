/**
 * A live read shared by key: started once, by whoever asks first, and read by every view
 * that asks for the same key while it runs. It lets a click start the reads of the screen it
 * opens (`reader/article-reads.ts`): the reads reach IndexedDB (another process) while React
 * renders the screen, and the screen's hooks take over the read already under way instead of
 * issuing their own once mounted. A feed is stopped once its last reader has left (in the
 * next task: a remount re-attaching at once keeps it), or `UNREAD_STOP_MS` after it was
 * started when no reader came (a click whose screen never showed).
 */
import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';

/** What a feed has delivered so far: nothing yet, a value, or the error of its last read. */
export type FeedState<T> = { value: T } | { error: unknown } | undefined;

/** Starts the underlying read; calls `emit` with each value, `fail` with an error; answers stop. */
export type FeedStarter<T> = (
  emit: (value: T) => void,
  fail: (error: unknown) => void,
) => () => void;

interface Feed<T> {
  state: FeedState<T>;
  listeners: Set<() => void>;
  stop: () => void;
  /** The pending stop once nobody reads the feed; null while it is read. */
  stopTimer: ReturnType<typeof setTimeout> | null;
  /** Whether a reader ever attached: after that, the feed stops as soon as none is left. */
  wasRead: boolean;
  subscribe: (listener: () => void) => () => void;
  getState: () => FeedState<T>;
}

/** A Dexie live query as a feed: read again whenever a write touches what it read. */
export function liveQueryFeed<T>(querier: () => Promise<T>): FeedStarter<T> {
  return (emit, fail) => {
    const subscription = liveQuery(querier).subscribe({ next: emit, error: fail });
    return () => subscription.unsubscribe();
  };
}

/** A feed started ahead of its reader is stopped after this long if none came. */
export const UNREAD_STOP_MS = 5_000;

const feeds = new Map<string, Feed<unknown>>();

function scheduleStop(key: string, feed: Feed<unknown>): void {
  if (feed.listeners.size > 0 || feed.stopTimer !== null) return;
  feed.stopTimer = setTimeout(
    () => {
      feed.stopTimer = null;
      if (feed.listeners.size > 0) return;
      feeds.delete(key);
      feed.stop();
    },
    feed.wasRead ? 0 : UNREAD_STOP_MS,
  );
}

function feedOf<T>(key: string, start: FeedStarter<T>): Feed<T> {
  const existing = feeds.get(key) as Feed<T> | undefined;
  if (existing) return existing;
  const feed: Feed<T> = {
    state: undefined,
    listeners: new Set(),
    stop: () => {},
    stopTimer: null,
    wasRead: false,
    subscribe: (listener) => {
      feed.listeners.add(listener);
      feed.wasRead = true;
      if (feed.stopTimer !== null) clearTimeout(feed.stopTimer);
      feed.stopTimer = null;
      return () => {
        feed.listeners.delete(listener);
        scheduleStop(key, feed as Feed<unknown>);
      };
    },
    getState: () => feed.state,
  };
  const deliver = (state: FeedState<T>) => {
    feed.state = state;
    for (const listener of [...feed.listeners]) listener();
  };
  feeds.set(key, feed as Feed<unknown>);
  // Stopped unless a reader attaches soon: a render that made it may never commit.
  scheduleStop(key, feed as Feed<unknown>);
  feed.stop = start(
    (value) => deliver({ value }),
    (error) => deliver({ error }),
  );
  return feed;
}

/** Starts the feed of `key` if it is not running, so its first value is on its way before a view reads it. */
export function startFeed<T>(key: string, start: FeedStarter<T>): void {
  feedOf(key, start);
}

/**
 * The feed of `key`'s latest value, starting it if needed; `undefined` until the first one.
 * An error of its last read is thrown to the nearest error boundary, as `useLiveQuery` does.
 */
export function useFeed<T>(key: string, start: FeedStarter<T>): T | undefined {
  const feed = feedOf(key, start);
  const state = useSyncExternalStore(feed.subscribe, feed.getState);
  if (state && 'error' in state) throw state.error;
  return state?.value;
}
