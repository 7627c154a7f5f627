import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ToSearchWorker } from './search-protocol';
import { createSearchClient, type QueryListener, type SearchWorkerPort } from './search-client';
import type { SearchVocabulary } from './search-vocabulary';

const listener = () =>
  ({
    onRows: vi.fn(),
    onDone: vi.fn(),
    onInvalid: vi.fn(),
    onFailed: vi.fn(),
    onStopped: vi.fn<() => void>(),
  }) satisfies QueryListener;

describe('the search client', () => {
  it('tells a run that a newer one stopped it, and cancels it in the worker', () => {
    const sent: ToSearchWorker[] = [];
    const port: SearchWorkerPort = {
      postMessage: (message) => sent.push(message),
      onmessage: null,
    };
    const client = createSearchClient(port);
    const options = { includeChrome: false, vocabulary: {} as SearchVocabulary };
    const first = listener();
    const second = listener();
    const id = client.run('Kazakhstan', options, first);
    client.run('Bakou', options, second);
    expect(first.onStopped).toHaveBeenCalledOnce();
    expect(second.onStopped).not.toHaveBeenCalled();
    expect(sent).toContainEqual({ kind: 'cancel', id });
  });
});
