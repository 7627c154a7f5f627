/**
 * The page's side of the search worker: starts it once (the first time Search opens), passes
 * it the keys every write touched (Dexie's `storagemutated`, as the library feed reads
 * them), and runs queries, telling the caller how many rows each has found so far. The rows
 * stay in the worker: the caller asks for the ones it shows, and for the CSV, the hits to
 * tag or the articles, by the query's id, and releases them when done with them.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db/db';
import { mergeTouched, primaryKeyPart, touchesAny, type TouchedKeys } from '../db/mutated-keys';
import type {
  FromSearchWorker,
  ResultAnswer,
  ResultQuestion,
  ResultRow,
  SearchOptions,
  SearchSummary,
  TagHit,
  ToSearchWorker,
  TouchedTables,
} from './search-protocol';

/** What a running query reports. */
export interface QueryListener {
  /** `count` rows found so far; `head`, the first of them, while fewer than a screenful came. */
  onFound(count: number, head: readonly ResultRow[] | undefined): void;
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
  /**
   * Runs `query`; a newer `run` or `cancel()` stops it. Returns the query's id, by which its
   * rows are asked for until `release(id)`.
   */
  run(query: string, options: SearchOptions, listener: QueryListener): number;
  cancel(): void;
  /** Rows `[from, to)` of query `id` (fewer past its end); `from` is where they start. */
  rows(id: number, from: number, to: number): Promise<{ from: number; rows: ResultRow[] }>;
  /** Query `id`'s rows as CSV (`search-csv.ts`), `labels` naming item ids. */
  csv(id: number, labels: Record<string, string>): Promise<string>;
  /** Where each of query `id`'s hits is, for "Tag all results". */
  tagHits(id: number): Promise<TagHit[]>;
  /** The distinct articles of query `id`'s rows, in the order of their first rows. */
  articleIds(id: number): Promise<string[]>;
  /** The worker forgets query `id`'s rows. */
  release(id: number): void;
  /** Resolves once no query runs: at once if none does, else when the running one ends. */
  whenIdle(): Promise<void>;
  subscribeIndexState(listener: (state: IndexState) => void): () => void;
  readonly indexState: IndexState;
}

/** The port the client talks through: a `Worker` in the app, a fake in tests. */
export interface SearchWorkerPort {
  postMessage(message: ToSearchWorker): void;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null;
}

/** A question before it is numbered (each member of the union without its `ask`). */
type Unnumbered<Question> = Question extends unknown ? Omit<Question, 'ask'> : never;

const PARTS = {
  articles: primaryKeyPart('articles'),
  texts: primaryKeyPart('articleTexts'),
  annotations: primaryKeyPart('annotations'),
  packs: [primaryKeyPart('annotationPacks')],
  statuses: [primaryKeyPart('articleStatuses')],
  names: [primaryKeyPart('analysts'), primaryKeyPart('entities')],
};

/**
 * Calls `then` once the frame after now is painted (a task after its animation frame), or
 * after a task where nothing paints (tests under Node).
 */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(then, 0);
  else requestAnimationFrame(() => setTimeout(then, 0));
}

function createSearchWorker(): SearchWorkerPort {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sourcemark-search',
  }) as unknown as SearchWorkerPort;
}

/** A client over `port`, following this page's writes from now on. */
export function createSearchClient(port: SearchWorkerPort = createSearchWorker()): SearchClient {
  let nextId = 1;
  let nextAsk = 1;
  const asked = new Map<number, { resolve(answer: ResultAnswer): void; reject(e: Error): void }>();
  const ask = <Kind extends ResultAnswer['kind']>(
    question: Unnumbered<ResultQuestion>,
    kind: Kind,
  ): Promise<Extract<ResultAnswer, { kind: Kind }>> =>
    new Promise((resolve, reject) => {
      const number = nextAsk++;
      asked.set(number, {
        resolve: (answer) => {
          if (answer.kind === kind) resolve(answer as Extract<ResultAnswer, { kind: Kind }>);
          else
            reject(new Error(answer.kind === 'gone' ? answer.error : `Unexpected ${answer.kind}.`));
        },
        reject,
      });
      port.postMessage({ kind: 'ask', question: { ...question, ask: number } as ResultQuestion });
    });
  let running: { id: number; listener: QueryListener; hasFound: boolean } | null = null;
  let idleWaiters: (() => void)[] = [];
  const end = () => {
    running = null;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  };
  let indexState: IndexState = { kind: 'loading' };
  const stateListeners = new Set<(state: IndexState) => void>();
  const setState = (state: IndexState) => {
    indexState = state;
    for (const listener of stateListeners) listener(state);
  };

  port.postMessage({ kind: 'open', database: db.name });
  port.onmessage = ({ data }) => {
    if (data.kind === 'answer') {
      const waiting = asked.get(data.answer.ask);
      asked.delete(data.answer.ask);
      waiting?.resolve(data.answer);
    } else if (data.kind === 'indexing')
      setState({ kind: 'indexing', done: data.done, total: data.total });
    else if (data.kind === 'ready') {
      const { articles, annotations, loadedMs } = data;
      setState({ kind: 'ready', articles, annotations, loadedMs });
    } else if (data.kind === 'failed' && data.id === null)
      setState({ kind: 'failed', error: data.error });
    else if ('id' in data && running?.id === data.id) {
      const current = running;
      const { listener } = current;
      if (data.kind === 'found') {
        // The worker waits for the first rows to be drawn before it reads on: told once the
        // frame that shows them is painted.
        if (!current.hasFound) {
          current.hasFound = true;
          afterNextPaint(() => port.postMessage({ kind: 'drawn', id: current.id }));
        }
        listener.onFound(data.count, data.head);
      } else if (data.kind === 'done') {
        end();
        listener.onDone(data.summary);
      } else if (data.kind === 'invalid') {
        end();
        listener.onInvalid(data.error);
      } else if (data.kind === 'failed') {
        end();
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
      running = { id, listener, hasFound: false };
      stopped?.listener.onStopped?.();
      port.postMessage({ kind: 'search', id, query, options });
      return id;
    },
    cancel() {
      if (!running) return;
      port.postMessage({ kind: 'cancel', id: running.id });
      end();
    },
    whenIdle: () =>
      running ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve(),
    rows: (id, from, to) =>
      ask({ kind: 'rows', id, from, to }, 'rows').then((answer) => ({
        from: answer.from,
        rows: answer.rows,
      })),
    csv: (id, labels) => ask({ kind: 'csv', id, labels }, 'csv').then((answer) => answer.csv),
    tagHits: (id) =>
      ask({ kind: 'tag-hits', id }, 'tag-hits').then(({ hits }) =>
        hits.articleIds.map((articleId, i) => ({
          articleId,
          start: hits.starts[i]!,
          end: hits.ends[i]!,
          match: hits.matches[i]!,
        })),
      ),
    articleIds: (id) =>
      ask({ kind: 'articles', id }, 'articles').then((answer) => answer.articleIds),
    release(id) {
      port.postMessage({ kind: 'release', id });
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
