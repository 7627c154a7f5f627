import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, SourcemarkDatabase } from '../db/db';
import { EXPORT_FORMATS, type ExportFormatId } from '../sets/export-formats';
import { readActiveCodebook } from '../store/codebook-repository';
import { assembleSet } from '../sets/set-repository';
import { runExport } from '../sets/export-formats';
import type { ExportJob } from './export-job';
import type { AuthorId } from '../annotation/types';
import { ANALYST, COLLEAGUE, InThreadExportWorker, seedExportLibrary } from './export-testing';
import { startExportToFile, type ExportProgress } from './export-to-file';
import { createMemoryExportHost } from './memory-export-host';

const jobOf = (format: ExportFormatId, extra: Partial<ExportJob> = {}): ExportJob => ({
  database: db.name,
  author: ANALYST,
  articles: { kind: 'all' },
  format,
  includeTexts: true,
  appVersion: '0.1.0',
  semevalScheme: 'semeval2023',
  exportedAt: '2026-03-11T10:00:00.000Z',
  ...extra,
});

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

const bytesOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary();
  // W3C collections get a random id: pinned, so two runs of one export are comparable.
  vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('0e5a0b8e-0000-4000-8000-000000000000');
});

afterEach(() => vi.restoreAllMocks());

describe('an export streamed to a file', () => {
  const cases: [ExportFormatId, Partial<ExportJob>][] = [
    ...EXPORT_FORMATS.map((f): [ExportFormatId, Partial<ExportJob>] => [f.id, {}]),
    ['native', { includeTexts: false }],
    ['semeval', { semevalScheme: 'ptc2020' }],
    ['brat', { articles: { kind: 'ids', ids: ['art-1', 'art-3'] as never } }],
    // The streamed formats: packed annotations, a pick in the picker's order, no texts, none.
    ['native', { author: COLLEAGUE }],
    ['w3c', { author: COLLEAGUE }],
    ['w3c', { includeTexts: false }],
    ['native', { articles: { kind: 'ids', ids: ['art-3', 'art-1', 'gone'] as never } }],
    ['w3c', { articles: { kind: 'ids', ids: ['art-3', 'art-1', 'gone'] as never } }],
    ['native', { author: 'nobody' as AuthorId }],
    ['w3c', { author: 'nobody' as AuthorId }],
  ];
  it.each(cases)('writes %s byte for byte as the exporter does (%o)', async (format, extra) => {
    const job = jobOf(format, extra);
    // What the dialog saved before the worker: the set assembled, then the format run.
    const assembled = await assembleSet({ ...job });
    const expected = await runExport(format, assembled, {
      codebook: await readActiveCodebook(),
      appVersion: job.appVersion,
      exportedAt: job.exportedAt,
      semevalScheme: job.semevalScheme,
    });
    const host = createMemoryExportHost();
    const progress: ExportProgress[] = [];
    // Small chunks: many appends, cuts inside multi-byte characters and zip bytes.
    const run = startExportToFile(job, {
      host: host.api,
      createWorker: () => new InThreadExportWorker(61),
      onProgress: (p) => progress.push(p),
    });
    const result = await run.done;
    expect(result.kind).toBe('written');
    if (result.kind !== 'written') return;
    const file = host.files.get(expected.fileName)!;
    expect(sameBytes(file, bytesOf(expected.content))).toBe(true);
    expect(result.bytes).toBe(file.length);
    expect(result.tally.annotationCount).toBe(expected.annotationCount);
    expect(result.tally.lossiness).toEqual(expected.lossiness);
    expect(host.calls.filter((c) => c === 'append').length).toBeGreaterThan(1);
    expect(progress.some((p) => p.phase === 'reading')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'writing' });
    expect(host.openWrites()).toBe(0);
  });

  it('leaves no file when cancelled while writing, and stops the worker', async () => {
    const host = createMemoryExportHost();
    const worker = new InThreadExportWorker(100);
    const run: ReturnType<typeof startExportToFile> = startExportToFile(jobOf('native'), {
      host: host.api,
      createWorker: () => worker,
      // Progress comes after a chunk is written, never during the call that starts the run.
      onProgress: (p) => {
        if (p.phase === 'writing' && p.chunks === 3) run.cancel();
      },
    });
    expect(await run.done).toEqual({ kind: 'cancelled' });
    expect(host.files.size).toBe(0);
    expect(host.openWrites()).toBe(0);
    expect(host.calls).toContain('abort');
    expect(worker.isTerminated).toBe(true);
  });

  it('opens no file when cancelled while the set is read', async () => {
    const host = createMemoryExportHost();
    const run = startExportToFile(jobOf('w3c'), {
      host: host.api,
      createWorker: () => new InThreadExportWorker(),
    });
    run.cancel();
    expect(await run.done).toEqual({ kind: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.files.size).toBe(0);
    expect(host.openWrites()).toBe(0);
  });

  it('drops the half-written file when the host refuses a chunk, and says why', async () => {
    const host = createMemoryExportHost();
    let appends = 0;
    const append = host.api.append;
    host.api.append = async (...args) => {
      if (++appends === 2)
        return { ok: false, error: { code: 'internal', message: 'The disk is full.' } };
      return append(...args);
    };
    const run = startExportToFile(jobOf('csv'), {
      host: host.api,
      createWorker: () => new InThreadExportWorker(50),
    });
    expect(await run.done).toEqual({ kind: 'failed', reason: 'The disk is full.' });
    expect(host.files.size).toBe(0);
    expect(host.openWrites()).toBe(0);
  });

  it('reads the workspace the page names: after a restore, never the database it left', async () => {
    // A restore moves the workspace to a new database and points `localStorage` at it; a
    // worker cannot read that pointer, so the job names the database.
    const restored = new SourcemarkDatabase('sourcemark-restored-1');
    try {
      for (const table of db.tables)
        await restored.table(table.name).bulkPut(await table.toArray());
      // The database restored away from: the analyst's annotations gone from it.
      await db.annotations.clear();
      await db.annotationPacks.clear();
      const expected = await assembleSet({ ...jobOf('native'), from: restored });
      expect(expected.set.annotations.length).toBeGreaterThan(0);
      const host = createMemoryExportHost();
      const run = startExportToFile(jobOf('native', { database: restored.name }), {
        host: host.api,
        createWorker: () => new InThreadExportWorker(),
      });
      const result = await run.done;
      expect(result).toMatchObject({ kind: 'written' });
      if (result.kind !== 'written') return;
      expect(result.tally.annotationCount).toBe(expected.set.annotations.length);
      const file = new TextDecoder().decode(host.files.get(result.tally.fileName)!);
      expect(file).toContain(expected.set.annotations[0]!.id);
    } finally {
      await restored.delete();
    }
  });

  describe('in browser mode, where the worker appends its chunks to the bridge itself', () => {
    /** The memory host, its appends taken by the "bridge" alone: the page must send none. */
    function bridgeHost() {
      const host = createMemoryExportHost();
      const bridge = host.api.append;
      const fromPage: number[] = [];
      host.api.append = async (...args) => {
        fromPage.push(args[1].length);
        return bridge(...args);
      };
      return { host, bridge, fromPage };
    }

    it.each(['native', 'w3c', 'csv'] as const)(
      'writes %s byte for byte as through the page, with progress, and no chunk crosses the page',
      async (format) => {
        const throughPage = createMemoryExportHost();
        const relayed = await startExportToFile(jobOf(format), {
          host: throughPage.api,
          createWorker: () => new InThreadExportWorker(61),
        }).done;
        if (relayed.kind !== 'written') throw new Error(relayed.kind);

        const { host, bridge, fromPage } = bridgeHost();
        const progress: ExportProgress[] = [];
        const result = await startExportToFile(jobOf(format), {
          host: host.api,
          createWorker: () => new InThreadExportWorker(61, bridge),
          onProgress: (p) => progress.push(p),
          bridgeToken: 'token',
        }).done;
        expect(result).toMatchObject({ kind: 'written', bytes: relayed.bytes });
        const expected = throughPage.files.get(relayed.tally.fileName)!;
        expect(sameBytes(host.files.get(relayed.tally.fileName)!, expected)).toBe(true);
        expect(fromPage).toEqual([]);
        expect(host.calls.filter((c) => c === 'append').length).toBeGreaterThan(1);
        const writing = progress.filter((p) => p.phase === 'writing');
        expect(writing.length).toBe(host.calls.filter((c) => c === 'append').length);
        expect(host.openWrites()).toBe(0);
      },
    );

    it('leaves no file when cancelled while writing, or when the bridge refuses a chunk', async () => {
      const { host, bridge } = bridgeHost();
      const worker = new InThreadExportWorker(100, bridge);
      const run: ReturnType<typeof startExportToFile> = startExportToFile(jobOf('native'), {
        host: host.api,
        createWorker: () => worker,
        bridgeToken: 'token',
        onProgress: (p) => {
          if (p.phase === 'writing' && p.chunks === 3) run.cancel();
        },
      });
      expect(await run.done).toEqual({ kind: 'cancelled' });
      expect(worker.isTerminated).toBe(true);
      expect(host.files.size).toBe(0);
      expect(host.openWrites()).toBe(0);

      let appends = 0;
      const refusing: typeof bridge = async (...args) =>
        ++appends === 2
          ? { ok: false, error: { code: 'internal', message: 'The disk is full.' } }
          : bridge(...args);
      const failed = await startExportToFile(jobOf('w3c'), {
        host: host.api,
        createWorker: () => new InThreadExportWorker(50, refusing),
        bridgeToken: 'token',
      }).done;
      expect(failed).toEqual({ kind: 'failed', reason: 'The disk is full.' });
      expect(host.files.size).toBe(0);
      expect(host.openWrites()).toBe(0);
    });
  });
});
