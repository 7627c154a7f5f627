import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { ChunkedOutput } from './chunked-output';
import type { ContentChunk } from './content-chunks';
import type { ExportJob, FromExportWorker } from './export-job';
import { ANALYST, seedExportLibrary } from './export-testing';
import { createExportWorkerCore } from './export-worker-core';
import { writeExport } from './write-export';

const jobOf = (format: ExportJob['format']): ExportJob => ({
  database: db.name,
  author: ANALYST,
  articles: { kind: 'all' },
  format,
  includeTexts: true,
  appVersion: '0.1.0',
  semevalScheme: 'semeval2023',
  exportedAt: '2026-03-11T10:00:00.000Z',
});

/** Every database read and every chunk sent, in order, with how many rows each read asked for. */
function recordEvents() {
  const events: { kind: 'annotations' | 'texts' | 'sent'; size: number }[] = [];
  const annotations = db.annotations.bulkGet.bind(db.annotations);
  vi.spyOn(db.annotations, 'bulkGet').mockImplementation(((keys: string[]) => {
    events.push({ kind: 'annotations', size: keys.length });
    return annotations(keys as never);
  }) as never);
  const texts = db.articleTexts.bulkGet.bind(db.articleTexts);
  vi.spyOn(db.articleTexts, 'bulkGet').mockImplementation(((keys: never[]) => {
    events.push({ kind: 'texts', size: keys.length });
    return texts(keys);
  }) as never);
  const chunks: ContentChunk[] = [];
  const out = new ChunkedOutput(async (chunk) => {
    chunks.push(chunk);
    events.push({ kind: 'sent', size: chunk.data.length });
  }, 500);
  return { events, chunks, out };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('0e5a0b8e-0000-4000-8000-000000000000');
});

afterEach(() => vi.restoreAllMocks());

describe('a streamed export', () => {
  it('reads the native set a bounded step at a time and writes before it has read it all', async () => {
    await seedExportLibrary(8);
    const { events, chunks, out } = recordEvents();
    const tally = await writeExport(jobOf('native'), db, out, () => {}, {
      annotations: 7,
      articles: 2,
    });
    await out.end();
    const reads = (kind: 'annotations' | 'texts') => events.filter((e) => e.kind === kind);
    // Never the whole set at once: each read is one step of annotations or of texts.
    expect(reads('annotations').length).toBeGreaterThanOrEqual(tally.annotationCount / 7);
    expect(Math.max(...reads('annotations').map((e) => e.size))).toBeLessThanOrEqual(7);
    expect(Math.max(...reads('texts').map((e) => e.size))).toBeLessThanOrEqual(2);
    // The file goes out as it is made: chunks are sent between reads, not after the last.
    const firstSent = events.findIndex((e) => e.kind === 'sent');
    const lastRead = events.findLastIndex((e) => e.kind !== 'sent');
    expect(firstSent).toBeGreaterThan(-1);
    expect(firstSent).toBeLessThan(lastRead);
    // No chunk is larger than the chunk size, however the pieces fell.
    expect(Math.max(...chunks.map((c) => c.data.length))).toBeLessThanOrEqual(500);
    const file = JSON.parse(chunks.map((c) => c.data).join('')) as {
      set: { annotations: unknown[] };
    };
    expect(file.set.annotations).toHaveLength(tally.annotationCount);
  });

  it('writes the W3C items of one step of articles before reading the next', async () => {
    // Over one step of articles (50): the second step is read after the first is sent.
    await seedExportLibrary(60);
    const { events, chunks, out } = recordEvents();
    const tally = await writeExport(jobOf('w3c'), db, out, () => {});
    await out.end();
    const textReads = events.flatMap((e, n) => (e.kind === 'texts' ? [n] : []));
    // Texts: the items' two steps, then the embedded texts' two steps.
    expect(textReads).toHaveLength(4);
    expect(Math.max(...events.filter((e) => e.kind === 'texts').map((e) => e.size))).toBe(50);
    const sentBefore = (index: number) => events.slice(0, index).some((e) => e.kind === 'sent');
    expect(sentBefore(textReads[1]!)).toBe(true);
    const file = JSON.parse(chunks.map((c) => c.data).join('')) as {
      total: number;
      first: { items: unknown[] };
    };
    expect(file.first.items).toHaveLength(file.total);
    expect(tally.annotationCount).toBeGreaterThan(0);
  });

  it('holds back the next chunk until the page has taken the one before', async () => {
    await seedExportLibrary(4);
    const posted: FromExportWorker[] = [];
    const handle = createExportWorkerCore((message) => posted.push(message), 100);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    const chunks = () => posted.filter((m) => m.kind === 'chunk').length;
    handle({ kind: 'start', job: jobOf('native') });
    await vi.waitFor(() => expect(posted.some((m) => m.kind === 'file')).toBe(true));
    // The file is not open yet: nothing is sent.
    await settle();
    expect(chunks()).toBe(0);
    handle({ kind: 'pull' });
    await vi.waitFor(() => expect(chunks()).toBe(1));
    // The page is slow to write it: the worker waits, one chunk in hand, however large the file.
    await settle();
    expect(chunks()).toBe(1);
    handle({ kind: 'pull' });
    await vi.waitFor(() => expect(chunks()).toBe(2));
    await settle();
    expect(chunks()).toBe(2);
    expect(posted.some((m) => m.kind === 'end')).toBe(false);
  });
});
