import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IngestFailure } from '../../../preload/api';
import { db } from '../db/db';
import { listArticleSummaries } from '../library/article-repository';
import { createFakeHost, type FakeEntry } from '../testing/fake-host';
import { ingestedArticle } from '../testing/ingested-article';
import { runImport, type ImportProgress } from './import-session';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

/** A disk of `count` distinct articles at /news/article-NNN.txt. */
async function newsDisk(count: number): Promise<Map<string, FakeEntry>> {
  const disk = new Map<string, FakeEntry>();
  for (let i = 0; i < count; i++) {
    const path = `/news/article-${String(i).padStart(3, '0')}.txt`;
    disk.set(path, await ingestedArticle(path, `Dépêche ${i}\n\nTexte de la dépêche ${i}.`));
  }
  return disk;
}

const failure = (path: string, reason: IngestFailure['reason'], message: string) => ({
  path,
  reason,
  message,
});

describe('runImport from paths', () => {
  it('ingests in chunks of 25, stores every chunk and reports progress', async () => {
    const disk = await newsDisk(60);
    const host = createFakeHost(disk);
    const progress: ImportProgress[] = [];

    const report = await runImport(
      { kind: 'paths', paths: [...disk.keys()] },
      { host: host.api.library, onProgress: (p) => progress.push(p) },
    );

    expect(host.ingestCalls.map((paths) => paths.length)).toEqual([25, 25, 10]);
    expect(report.added).toHaveLength(60);
    expect(report.failures).toEqual([]);
    expect(await db.articles.count()).toBe(60);
    expect(progress.map(({ done, total }) => [done, total])).toEqual([
      [0, 60],
      [25, 60],
      [50, 60],
      [60, 60],
    ]);
    expect(progress[1]?.currentFile).toBe('article-025.txt');
  });

  it('names with each chunk the next one, for the host to read ahead while it is stored', async () => {
    const disk = await newsDisk(60);
    const paths = [...disk.keys()];
    const host = createFakeHost(disk);
    await runImport({ kind: 'paths', paths }, { host: host.api.library });
    expect(host.upcomingCalls).toEqual([paths.slice(25, 50), paths.slice(50, 60), []]);
  });

  it("sends with each chunk the library's page dumps of the chunk's folders", async () => {
    const disk = await newsDisk(3);
    const host = createFakeHost(disk);
    await runImport(
      { kind: 'paths', paths: ['/news/article-000.txt', '/news/article-001.txt'] },
      { host: host.api.library },
    );
    await runImport(
      { kind: 'paths', paths: ['/news/article-002.txt'] },
      { host: host.api.library },
    );
    expect(host.storedPagesCalls[0]).toEqual([]);
    // Two stored dumps and one new: a line must be on both stored ones to qualify; none is.
    expect(host.storedPagesCalls[1]).toEqual([{ folder: '/news', pages: 2, lines: [] }]);
  });

  it('reports duplicates within the import and against the library, naming the existing article', async () => {
    const disk = await newsDisk(2);
    const text = 'Dépêche 0\n\nTexte de la dépêche 0.';
    disk.set('/copies/same-as-0.txt', await ingestedArticle('/copies/same-as-0.txt', text));
    const host = createFakeHost(disk);
    await runImport(
      { kind: 'paths', paths: ['/news/article-000.txt'] },
      { host: host.api.library },
    );

    const report = await runImport(
      {
        kind: 'paths',
        paths: ['/news/article-001.txt', '/copies/same-as-0.txt', '/news/article-000.txt'],
      },
      { host: host.api.library },
    );

    expect(report.added.map((article) => article.sourcePath)).toEqual(['/news/article-001.txt']);
    expect(report.duplicates).toEqual([
      expect.objectContaining({ sourcePath: '/copies/same-as-0.txt', existingTitle: 'Dépêche 0' }),
      expect.objectContaining({ sourcePath: '/news/article-000.txt', existingTitle: 'Dépêche 0' }),
    ]);
    expect(await db.articles.count()).toBe(2);
  });

  it('reports every failed file with its reason and message', async () => {
    const disk = await newsDisk(1);
    disk.set('/bad/empty.txt', failure('/bad/empty.txt', 'empty', '"empty.txt" is empty.'));
    disk.set(
      '/bad/photo.txt',
      failure('/bad/photo.txt', 'binary', '"photo.txt" is not text: it looks like a PNG image.'),
    );
    const host = createFakeHost(disk);

    const report = await runImport(
      { kind: 'paths', paths: ['/bad/empty.txt', '/news/article-000.txt', '/bad/photo.txt'] },
      { host: host.api.library },
    );

    expect(report.added).toHaveLength(1);
    expect(report.failures.map((f) => [f.path, f.reason, f.message])).toEqual([
      ['/bad/empty.txt', 'empty', '"empty.txt" is empty.'],
      ['/bad/photo.txt', 'binary', '"photo.txt" is not text: it looks like a PNG image.'],
    ]);
  });

  it('turns a host error into a report entry naming the chunk files, and goes on', async () => {
    const disk = await newsDisk(30);
    const host = createFakeHost(disk);
    host.failIngestCall.set(0, {
      ok: false,
      error: { code: 'internal', message: 'The host could not read the files.' },
    });

    const report = await runImport(
      { kind: 'paths', paths: [...disk.keys()] },
      { host: host.api.library },
    );

    expect(report.errors).toEqual([
      { message: 'The host could not read the files.', paths: [...disk.keys()].slice(0, 25) },
    ]);
    expect(report.added).toHaveLength(5);
  });

  it('does not throw when the transport rejects', async () => {
    const host = createFakeHost(await newsDisk(1));
    host.beforeIngestAnswer = () => Promise.reject(new Error('bridge gone'));

    const report = await runImport(
      { kind: 'paths', paths: ['/news/article-000.txt'] },
      { host: host.api.library },
    );

    expect(report.errors).toEqual([{ message: 'bridge gone', paths: ['/news/article-000.txt'] }]);
  });

  it('reports a storage failure for the chunk it lost', async () => {
    const host = createFakeHost(await newsDisk(3));

    const report = await runImport(
      { kind: 'paths', paths: ['/news/article-000.txt', '/news/article-001.txt'] },
      { host: host.api.library, store: () => Promise.reject(new Error('QuotaExceededError')) },
    );

    expect(report.added).toEqual([]);
    expect(report.errors[0]?.message).toMatch(/could not save.*QuotaExceededError/);
    expect(report.errors[0]?.paths).toEqual(['/news/article-000.txt', '/news/article-001.txt']);
  });

  it('stops at a cancel: chunks already stored stay, the rest is counted as not imported', async () => {
    const disk = await newsDisk(80);
    const host = createFakeHost(disk);
    const controller = new AbortController();
    // Cancel while the host works on the second chunk: that chunk must not be stored.
    host.beforeIngestAnswer = (call) => {
      if (call === 1) controller.abort();
    };

    const report = await runImport(
      { kind: 'paths', paths: [...disk.keys()] },
      { host: host.api.library, signal: controller.signal },
    );

    expect(report.isCancelled).toBe(true);
    expect(report.added).toHaveLength(25);
    expect(report.notImported).toBe(55);
    expect(host.ingestCalls).toHaveLength(2);
    expect(await db.articles.count()).toBe(25);
  });
});

describe('runImport from a folder', () => {
  it('scans, ingests the files and reports the scan’s skipped entries too', async () => {
    const disk = await newsDisk(3);
    disk.set('/news/empty.txt', failure('/news/empty.txt', 'empty', '"empty.txt" is empty.'));
    const host = createFakeHost(disk);
    host.folders.set('/news', {
      files: [...disk.keys()],
      skipped: [
        failure('/news/report.pdf', 'unsupported-type', '"report.pdf" is a PDF: not supported.'),
        failure('/news/loop', 'symlink-loop', '"loop" links back to a folder above it.'),
      ],
    });
    const phases: string[] = [];

    const report = await runImport(
      { kind: 'folder', root: '/news' },
      { host: host.api.library, onProgress: (p) => phases.push(p.phase) },
    );

    expect(phases[0]).toBe('scanning');
    expect(report.added).toHaveLength(3);
    expect(report.failures.map((f) => f.path).sort()).toEqual([
      '/news/empty.txt',
      '/news/loop',
      '/news/report.pdf',
    ]);
    expect((await listArticleSummaries()).length).toBe(3);
  });

  it('reports a folder the host cannot scan, and an empty folder', async () => {
    const host = createFakeHost();
    const missing = await runImport(
      { kind: 'folder', root: '/nowhere' },
      { host: host.api.library },
    );
    expect(missing.errors).toEqual([
      { message: '"/nowhere" is not a folder.', paths: ['/nowhere'] },
    ]);

    host.folders.set('/empty', { files: [], skipped: [] });
    const empty = await runImport({ kind: 'folder', root: '/empty' }, { host: host.api.library });
    expect(empty.errors[0]?.message).toMatch(/No files to import/);
    expect(host.ingestCalls).toEqual([]);
  });
});

describe('runImport from dropped files', () => {
  it('hands the File objects to ingestDropped and reports by file name', async () => {
    const text = 'Communiqué déposé\n\nLe texte arrive par le navigateur.';
    const disk = new Map<string, FakeEntry>([
      ['dropped:communique.txt', await ingestedArticle('dropped:communique.txt', text)],
      ['dropped:image.txt', failure('dropped:image.txt', 'binary', '"image.txt" is not text.')],
    ]);
    const host = createFakeHost(disk);
    const files = [
      new File([text], 'communique.txt'),
      new File([new Uint8Array([0x89])], 'image.txt'),
    ];

    const report = await runImport({ kind: 'dropped', files }, { host: host.api.library });

    expect(host.ingestCalls).toEqual([['dropped:communique.txt', 'dropped:image.txt']]);
    expect(report.added.map((article) => article.title)).toEqual(['Communiqué déposé']);
    expect(report.failures.map((f) => f.message)).toEqual(['"image.txt" is not text.']);
  });
});
