import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { HEAD_ROWS, ResultKeeper } from './result-keeper';
import { searchResultsCsv } from './search-csv';
import type { FromSearchWorker, ResultRow, ToSearchWorker } from './search-protocol';
import { createSearchClient, type QueryListener, type SearchWorkerPort } from './search-client';
import type { SearchVocabulary } from './search-vocabulary';

const listener = () =>
  ({
    onFound: vi.fn<QueryListener['onFound']>(),
    onDone: vi.fn(),
    onInvalid: vi.fn(),
    onFailed: vi.fn(),
    onStopped: vi.fn<() => void>(),
  }) satisfies QueryListener;

const options = { includeChrome: false, vocabulary: {} as SearchVocabulary };

function resultRow(i: number): ResultRow {
  return {
    articleId: `article-${Math.floor(i / 7)}`,
    start: i % 7 === 6 ? -1 : i * 10,
    end: i % 7 === 6 ? -1 : i * 10 + 8,
    left: `left "${i}", `,
    match: 'inflation',
    right: ` =right ${i}`,
    itemIds: i % 3 === 0 ? ['claim.claim'] : [],
    title: `Title ${Math.floor(i / 7)}`,
    publishedDate: '2025-03-02',
    outlet: 'Le Monde',
    language: 'fr',
  };
}

/**
 * A worker as the app's: the engine's batches of rows go through a `ResultKeeper`, questions
 * are answered from it. Messages cross by structured clone, as between threads.
 */
function fakeWorker(rows: ResultRow[], batch = 500) {
  const keeper = new ResultKeeper();
  const toPage: FromSearchWorker[] = [];
  const port: SearchWorkerPort = {
    onmessage: null,
    postMessage: (message: ToSearchWorker) => {
      const send = (sent: FromSearchWorker | null) => {
        if (!sent) return;
        toPage.push(sent);
        const data = structuredClone(sent);
        queueMicrotask(() => port.onmessage?.({ data } as MessageEvent<FromSearchWorker>));
      };
      if (message.kind === 'search') {
        keeper.begin(message.id);
        for (let at = 0; at < rows.length; at += batch)
          send(keeper.take({ kind: 'rows', id: message.id, rows: rows.slice(at, at + batch) }));
        const summary = { rows: rows.length, articles: 0, rejected: 0, undated: 0 };
        send({
          kind: 'done',
          id: message.id,
          summary: { ...summary, missingTexts: 0, elapsedMs: 1 },
        });
      } else if (message.kind === 'ask')
        send({ kind: 'answer', answer: keeper.answer(message.question) });
      else if (message.kind === 'release') keeper.release(message.id);
    },
  };
  return { port, toPage, keeper };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the search client', () => {
  it('tells a run that a newer one stopped it, and cancels it in the worker', () => {
    const sent: ToSearchWorker[] = [];
    const port: SearchWorkerPort = {
      postMessage: (message) => sent.push(message),
      onmessage: null,
    };
    const client = createSearchClient(port);
    const first = listener();
    const second = listener();
    const id = client.run('Kazakhstan', options, first);
    client.run('Bakou', options, second);
    expect(first.onStopped).toHaveBeenCalledOnce();
    expect(second.onStopped).not.toHaveBeenCalled();
    expect(sent).toContainEqual({ kind: 'cancel', id });
  });

  it('tells the worker once, after the next paint, that a run’s first rows were drawn', async () => {
    const worker = fakeWorker(Array.from({ length: 2_000 }, (_, i) => resultRow(i)));
    const sent: ToSearchWorker[] = [];
    const posting = worker.port.postMessage;
    worker.port.postMessage = (message) => {
      sent.push(message);
      posting(message);
    };
    const client = createSearchClient(worker.port);
    const run = listener();
    const id = client.run('inflation', options, run);
    await Promise.resolve();
    await Promise.resolve();
    // The rows have come, and the frame showing them is not yet painted.
    expect(run.onFound).toHaveBeenCalled();
    expect(sent.filter((message) => message.kind === 'drawn')).toEqual([]);
    await settle();
    expect(run.onFound.mock.calls.length).toBeGreaterThan(1);
    expect(sent.filter((message) => message.kind === 'drawn')).toEqual([{ kind: 'drawn', id }]);
  });

  it('receives a 50,000-row search as counts and a head; asks for a window by index', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => resultRow(i));
    const worker = fakeWorker(rows);
    const client = createSearchClient(worker.port);
    const run = listener();
    const id = client.run('inflation', options, run);
    await settle();
    expect(run.onDone).toHaveBeenCalledOnce();
    expect(run.onFound).toHaveBeenLastCalledWith(50_000, undefined);
    // Nothing that crossed to the page held more rows than the head.
    const carried = worker.toPage.map((message) =>
      message.kind === 'found' ? (message.head?.length ?? 0) : 0,
    );
    expect(Math.max(...carried)).toBe(HEAD_ROWS);
    expect(run.onFound.mock.calls[0]![1]).toEqual(rows.slice(0, HEAD_ROWS));
    await expect(client.rows(id, 31_000, 31_040)).resolves.toEqual({
      from: 31_000,
      rows: rows.slice(31_000, 31_040),
    });
    // Past the end: the rows there are.
    await expect(client.rows(id, 49_990, 50_100)).resolves.toEqual({
      from: 49_990,
      rows: rows.slice(49_990),
    });
  });

  it('answers the CSV, the hits to tag and the articles from the rows the worker keeps', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => resultRow(i));
    const client = createSearchClient(fakeWorker(rows).port);
    const id = client.run('inflation', options, listener());
    await settle();
    const labels = { 'claim.claim': 'Claim' };
    // Byte for byte the CSV the page wrote from every row it held.
    await expect(client.csv(id, labels)).resolves.toBe(
      searchResultsCsv(rows, (itemId) => labels[itemId as 'claim.claim'] ?? itemId),
    );
    const hits = await client.tagHits(id);
    expect(hits).toEqual(
      rows.map(({ articleId, start, end, match }) => ({ articleId, start, end, match })),
    );
    const articles = await client.articleIds(id);
    expect(articles).toEqual([...new Set(rows.map((row) => row.articleId))]);
    client.release(id);
    await expect(client.rows(id, 0, 10)).rejects.toThrow(/no longer kept/);
  });
});
