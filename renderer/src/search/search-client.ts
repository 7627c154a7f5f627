/**
 * The page's side of the search worker: starts it once (the first time Search opens), passes
 * it the keys every write touched (Dexie's `storagemutated`, as the library feed reads
 * them), and runs queries, handing their rows to the caller batch by batch.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db/db';
import { mergeTouched, primaryKeyPart, touchesAny, type TouchedKeys } from '../db/mutated-keys';
import type {
  FromSearchWorker,
  ResultRow,
  SearchOptions,
  SearchSummary,
  ToSearchWorker,
  TouchedTables,
} from './search-protocol';

/** What a running query reports. */
export interface QueryListener {
  onRows(rows: ResultRow[]): void;
  onDone(summary: SearchSummary): void;
  onInvalid(error: string): void;
  onFailed(error: string): void;
  /** A newer `run` stopped this one (the app has one worker: a saved query resolved elsewhere). */
  onStopped?(): void;
}

/** The index's state, for the Search screen's status line. */
export type IndexState =
  | { kind: 'loading' }
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'ready'; articles: number; annotations: number; loadedMs: number }
  | { kind: 'failed'; error: string };

export interface SearchClient {
  /** Runs `query`; a newer `run` or `cancel()` stops it. Returns the query's id. */
  run(query: string, options: SearchOptions, listener: QueryListener): number;
  cancel(): void;
  subscribeIndexState(listener: (state: IndexState) => void): () => void;
  readonly indexState: IndexState;
}

/** The port the client talks through: a `Worker` in the app, a fake in tests. */
export interface SearchWorkerPort {
  postMessage(message: ToSearchWorker): void;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null;
}

const PARTS = {
  articles: primaryKeyPart('articles'),
  texts: primaryKeyPart('articleTexts'),
  annotations: primaryKeyPart('annotations'),
  packs: [primaryKeyPart('annotationPacks')],
  statuses: [primaryKeyPart('articleStatuses')],
  names: [primaryKeyPart('analysts'), primaryKeyPart('entities')],
};

function createSearchWorker(): SearchWorkerPort {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sourcemark-search',
  }) as unknown as SearchWorkerPort;
}

/** A client over `port`, following this page's writes from now on. */
export function createSearchClient(port: SearchWorkerPort = createSearchWorker()): SearchClient {
  let nextId = 1;
  let running: { id: number; listener: QueryListener } | null = null;
  let indexState: IndexState = { kind: 'loading' };
  const stateListeners = new Set<(state: IndexState) => void>();
  const setState = (state: IndexState) => {
    indexState = state;
    for (const listener of stateListeners) listener(state);
  };

  port.postMessage({ kind: 'open', database: db.name });
  port.onmessage = ({ data }) => {
    if (data.kind === 'indexing')
      setState({ kind: 'indexing', done: data.done, total: data.total });
    else if (data.kind === 'ready') {
      const { articles, annotations, loadedMs } = data;
      setState({ kind: 'ready', articles, annotations, loadedMs });
    } else if (data.kind === 'failed' && data.id === null)
      setState({ kind: 'failed', error: data.error });
    else if ('id' in data && running?.id === data.id) {
      const { listener } = running;
      if (data.kind === 'rows') listener.onRows(data.rows);
      else if (data.kind === 'done') {
        running = null;
        listener.onDone(data.summary);
      } else if (data.kind === 'invalid') {
        running = null;
        listener.onInvalid(data.error);
      } else if (data.kind === 'failed') {
        running = null;
        listener.onFailed(data.error);
      }
    }
  };

  // Writes gather for a frame and go to the worker as one message.
  let pending: TouchedTables | null = null;
  const emptyTouched = (): TouchedTables => ({
    articles: new Set(),
    texts: new Set(),
    annotations: new Set(),
    packs: false,
    statuses: false,
    names: false,
  });
  const onMutated = (parts: ObservabilitySet) => {
    const touched = (pending ??= emptyTouched());
    const merge = (into: TouchedKeys, part: string) => mergeTouched(into, parts, part);
    touched.articles = merge(touched.articles, PARTS.articles);
    touched.texts = merge(touched.texts, PARTS.texts);
    touched.annotations = merge(touched.annotations, PARTS.annotations);
    touched.packs ||= touchesAny(parts, PARTS.packs);
    touched.statuses ||= touchesAny(parts, PARTS.statuses);
    touched.names ||= touchesAny(parts, PARTS.names);
    setTimeout(send, 50);
  };
  const send = () => {
    if (!pending) return;
    const tables = pending;
    pending = null;
    const isEmpty = (keys: TouchedKeys) => keys !== 'all' && keys.size === 0;
    if (
      isEmpty(tables.articles) &&
      isEmpty(tables.texts) &&
      isEmpty(tables.annotations) &&
      !tables.packs &&
      !tables.statuses &&
      !tables.names
    ) {
      return;
    }
    port.postMessage({ kind: 'touched', tables });
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  return {
    run(query, options, listener) {
      const id = nextId++;
      const stopped = running;
      if (stopped) port.postMessage({ kind: 'cancel', id: stopped.id });
      running = { id, listener };
      stopped?.listener.onStopped?.();
      port.postMessage({ kind: 'search', id, query, options });
      return id;
    },
    cancel() {
      if (!running) return;
      port.postMessage({ kind: 'cancel', id: running.id });
      running = null;
    },
    subscribeIndexState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    get indexState() {
      return indexState;
    },
  };
}

let shared: SearchClient | undefined;

/** The app's one search client, started on first use. */
export function sharedSearchClient(): SearchClient {
  shared ??= createSearchClient();
  return shared;
}
