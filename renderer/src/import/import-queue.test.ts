import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { createFakeHost, type FakeEntry } from '../testing/fake-host';
import { ingestedArticle } from '../testing/ingested-article';
import { ImportQueue } from './import-queue';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function disk(count: number): Promise<Map<string, FakeEntry>> {
  const entries = new Map<string, FakeEntry>();
  for (let i = 0; i < count; i++) {
    entries.set(`/n/${i}.txt`, await ingestedArticle(`/n/${i}.txt`, `Article ${i}\nCorps ${i}.`));
  }
  return entries;
}

describe('ImportQueue', () => {
  it('runs requests in order and merges their reports into one busy period', async () => {
    const host = createFakeHost(await disk(3));
    const queue = new ImportQueue({ host: host.api.library });
    const states: boolean[] = [];
    queue.subscribe(() => states.push(queue.getState().isRunning));

    const first = queue.enqueue({ kind: 'paths', paths: ['/n/0.txt', '/n/1.txt'] });
    const second = queue.enqueue({ kind: 'paths', paths: ['/n/2.txt', '/n/0.txt'] });

    expect((await first).added).toHaveLength(2);
    expect((await second).duplicates).toHaveLength(1);
    expect(host.ingestCalls).toEqual([
      ['/n/0.txt', '/n/1.txt'],
      ['/n/2.txt', '/n/0.txt'],
    ]);
    const { report, isRunning } = queue.getState();
    expect(isRunning).toBe(false);
    expect(report?.added).toHaveLength(3);
    expect(report?.duplicates).toHaveLength(1);
    expect(states[0]).toBe(true);
    expect(states.at(-1)).toBe(false);
  });

  it('publishes progress while running, then clears it', async () => {
    const host = createFakeHost(await disk(30));
    const queue = new ImportQueue({ host: host.api.library });
    const seen: (number | undefined)[] = [];
    queue.subscribe(() => seen.push(queue.getState().progress?.done));

    await queue.enqueue({ kind: 'paths', paths: [...Array(30).keys()].map((i) => `/n/${i}.txt`) });

    expect(seen).toContain(25);
    expect(queue.getState().progress).toBeNull();
  });

  it('cancels the running import and drops the queued ones', async () => {
    const host = createFakeHost(await disk(60));
    const queue = new ImportQueue({ host: host.api.library });
    host.beforeIngestAnswer = (call) => {
      if (call === 1) queue.cancel();
    };
    const paths = [...Array(50).keys()].map((i) => `/n/${i}.txt`);

    const running = queue.enqueue({ kind: 'paths', paths });
    const queued = queue.enqueue({ kind: 'paths', paths: ['/n/55.txt', '/n/56.txt'] });

    expect(await running).toMatchObject({ isCancelled: true, notImported: 25 });
    expect(await queued).toMatchObject({ isCancelled: true, notImported: 2 });
    expect(queue.getState().report).toMatchObject({ isCancelled: true, notImported: 27 });
    expect(await db.articles.count()).toBe(25);
  });

  it('starts a new busy period with a fresh report, and the report can be dismissed', async () => {
    const host = createFakeHost(await disk(2));
    const queue = new ImportQueue({ host: host.api.library });
    await queue.enqueue({ kind: 'paths', paths: ['/n/0.txt'] });
    await queue.enqueue({ kind: 'paths', paths: ['/n/1.txt'] });

    expect(queue.getState().report?.added.map((a) => a.sourcePath)).toEqual(['/n/1.txt']);
    queue.dismissReport();
    expect(queue.getState().report).toBeNull();
  });
});
