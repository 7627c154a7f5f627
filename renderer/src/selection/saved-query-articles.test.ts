import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ResultKeeper } from '../search/result-keeper';
import {
  createSearchClient,
  type QueryListener,
  type SearchWorkerPort,
} from '../search/search-client';
import type { FromSearchWorker, ResultRow, ToSearchWorker } from '../search/search-protocol';
import type { SearchVocabulary } from '../search/search-vocabulary';
import { articlesOfSavedSearch, MAX_INTERRUPTIONS } from './saved-query-articles';

const vocabulary = {} as SearchVocabulary;

function row(articleId: string, query: string): ResultRow {
  return {
    articleId,
    start: 0,
    end: 4,
    left: '',
    match: query,
    right: '',
    itemIds: [],
    title: articleId,
    publishedDate: '',
    outlet: '',
    language: 'en',
  };
}

/**
 * A worker whose searches end only when the test says so (`finish`), with rows in the
 * article named by the query's text: a search that is slow, as on 10,000 articles.
 * Messages cross by structured clone, rows are kept by the app's `ResultKeeper`.
 */
function slowWorker() {
  const keeper = new ResultKeeper();
  const searches = new Map<number, string>();
  const port: SearchWorkerPort = {
    onmessage: null,
    postMessage: (message: ToSearchWorker) => {
      if (message.kind === 'search') {
        keeper.begin(message.id);
        searches.set(message.id, message.query);
      } else if (message.kind === 'cancel') searches.delete(message.id);
      else if (message.kind === 'ask')
        send({ kind: 'answer', answer: keeper.answer(message.question) });
      else if (message.kind === 'release') keeper.release(message.id);
    },
  };
  const send = (sent: FromSearchWorker | null) => {
    if (!sent) return;
    const data = structuredClone(sent);
    queueMicrotask(() => port.onmessage?.({ data } as MessageEvent<FromSearchWorker>));
  };
  return {
    port,
    /** The queries running in the worker now (cancelled ones are gone). */
    running: () => [...searches.values()],
    /** Ends the running search for `query` with one row in the article of that name. */
    finish(query: string) {
      const id = [...searches].find(([, text]) => text === query)?.[0];
      if (id === undefined) throw new Error(`${query} is not running`);
      searches.delete(id);
      send(keeper.take({ kind: 'rows', id, rows: [row(query, query)] }));
      send({
        kind: 'done',
        id,
        summary: { rows: 1, articles: 1, rejected: 0, undated: 0, missingTexts: 0, elapsedMs: 1 },
      });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const searchScreen = (): QueryListener => ({
  onFound: () => {},
  onDone: () => {},
  onInvalid: () => {},
  onFailed: () => {},
});

describe('a saved query as a selection', () => {
  it('two resolving at once both come back, one after the other', async () => {
    const worker = slowWorker();
    const client = createSearchClient(worker.port);
    const first = articlesOfSavedSearch({ text: 'a', includeChrome: false }, vocabulary, client);
    const second = articlesOfSavedSearch({ text: 'b', includeChrome: false }, vocabulary, client);
    await settle();
    // The second waits its turn instead of stopping the first.
    expect(worker.running()).toEqual(['a']);
    worker.finish('a');
    await expect(first).resolves.toEqual(['a']);
    await settle();
    expect(worker.running()).toEqual(['b']);
    worker.finish('b');
    await expect(second).resolves.toEqual(['b']);
  });

  it('waits for a search already running on the Search screen instead of stopping it', async () => {
    const worker = slowWorker();
    const client = createSearchClient(worker.port);
    client.run('typed', { includeChrome: false, vocabulary }, searchScreen());
    const saved = articlesOfSavedSearch({ text: 'a', includeChrome: false }, vocabulary, client);
    await settle();
    expect(worker.running()).toEqual(['typed']);
    worker.finish('typed');
    await settle();
    worker.finish('a');
    await expect(saved).resolves.toEqual(['a']);
  });

  it('stopped by a search typed meanwhile, runs again once that search is over', async () => {
    const worker = slowWorker();
    const client = createSearchClient(worker.port);
    const saved = articlesOfSavedSearch({ text: 'a', includeChrome: false }, vocabulary, client);
    await settle();
    client.run('typed', { includeChrome: false, vocabulary }, searchScreen());
    expect(worker.running()).toEqual(['typed']);
    worker.finish('typed');
    await settle();
    expect(worker.running()).toEqual(['a']);
    worker.finish('a');
    await expect(saved).resolves.toEqual(['a']);
  });

  it('says so when other searches keep stopping it', async () => {
    const worker = slowWorker();
    const client = createSearchClient(worker.port);
    const saved = articlesOfSavedSearch({ text: 'a', includeChrome: false }, vocabulary, client);
    const outcome = saved.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    for (let time = 0; time < MAX_INTERRUPTIONS; time++) {
      await settle();
      client.run(`typed ${time}`, { includeChrome: false, vocabulary }, searchScreen());
      worker.finish(`typed ${time}`);
    }
    expect(await outcome).toMatch(/other searches stopped it 3 times/);
    // The next saved query is not held up by the one that gave up.
    const next = articlesOfSavedSearch({ text: 'b', includeChrome: false }, vocabulary, client);
    await settle();
    worker.finish('b');
    await expect(next).resolves.toEqual(['b']);
  });
});
