import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { ImportQueue } from '../import/import-queue';
import { listArticleSummaries } from '../library/article-repository';
import { isFlagSet } from '../library/settings-repository';
import { createFakeHost, type FakeEntry, type FakeHost } from '../testing/fake-host';
import { ingestedArticle } from '../testing/ingested-article';
import { runStartupImport } from './startup-import';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function hostWithSamples(): Promise<FakeHost> {
  const disk = new Map<string, FakeEntry>();
  for (const [path, text] of [
    ['/app/samples/azertac.txt', 'Un plan d’action\n\nSigné à Bakou.'],
    ['/app/samples/opinion.txt', 'Une visite historique\n\nÀ Washington.'],
    ['/home/ana/launch.txt', 'Le corridor médian\n\ngagne en importance.'],
  ] as const) {
    disk.set(path, await ingestedArticle(path, text));
  }
  const host = createFakeHost(disk);
  host.samplePaths = ['/app/samples/azertac.txt', '/app/samples/opinion.txt'];
  return host;
}

function start(host: FakeHost) {
  const queue = new ImportQueue({ host: host.api.library });
  return runStartupImport(host.api.app, host.api.library, (request) => queue.enqueue(request));
}

const sources = async () => (await listArticleSummaries()).map((a) => a.sourcePath).sort();

describe('runStartupImport', () => {
  it('seeds the samples on the first run, with the launch paths, and sets the flag', async () => {
    const host = await hostWithSamples();
    host.launchPaths = ['/home/ana/launch.txt'];

    expect(await start(host)).toEqual([]);

    expect(await sources()).toEqual([
      '/app/samples/azertac.txt',
      '/app/samples/opinion.txt',
      '/home/ana/launch.txt',
    ]);
    expect(await isFlagSet('samplesSeeded')).toBe(true);
    expect(host.ingestCalls).toHaveLength(1);
  });

  it('does not seed again, even when the library was emptied', async () => {
    const host = await hostWithSamples();
    await start(host);
    await db.articles.clear();

    await start(host);

    expect(await sources()).toEqual([]);
    expect(host.ingestCalls).toHaveLength(1);
  });

  it('imports only the launch paths once seeded', async () => {
    const host = await hostWithSamples();
    await start(host);
    host.launchPaths = ['/home/ana/launch.txt'];

    await start(host);

    expect(host.ingestCalls.at(-1)).toEqual(['/home/ana/launch.txt']);
    expect(await sources()).toHaveLength(3);
  });

  it('retries seeding next time when the host failed, and reports its message', async () => {
    const host = await hostWithSamples();
    host.failIngestCall.set(0, {
      ok: false,
      error: { code: 'internal', message: 'The samples folder is missing.' },
    });

    await start(host);
    expect(await isFlagSet('samplesSeeded')).toBe(false);

    await start(host);
    expect(await sources()).toHaveLength(2);
    expect(await isFlagSet('samplesSeeded')).toBe(true);
  });

  it('answers the launch-path error as a message', async () => {
    const host = await hostWithSamples();
    host.api.app.takeLaunchPaths = async () => ({
      ok: false,
      error: { code: 'internal', message: 'Launch paths are unavailable.' },
    });

    expect(await start(host)).toEqual(['Launch paths are unavailable.']);
    expect(await sources()).toHaveLength(2);
  });
});
