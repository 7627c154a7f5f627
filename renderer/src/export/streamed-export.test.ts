import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { ChunkedOutput } from './chunked-output';
import type { ContentChunk } from './content-chunks';
import type { ExportJob, FromExportWorker } from './export-job';
import { ANALYST, COLLEAGUE, seedExportLibrary } from './export-testing';
import { createExportWorkerCore } from './export-worker-core';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { SOURCES_MEMBER } from '../formats/w3c/w3c-sources';
import { assembleSet } from '../sets/set-repository';
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

type Event = { kind: 'annotations' | 'texts' | 'packs' | 'sent'; size: number };
/** Every read of annotation or text rows (how many it answered) and every chunk sent, in order. */
let events: Event[] = [];

// Dexie's own middleware sees each read as the database answers it, whatever the API used.
db.use({
  stack: 'dbcore',
  name: 'read-sizes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const kind =
        name === 'annotations'
          ? 'annotations'
          : name === 'articleTexts'
            ? 'texts'
            : name === 'annotationPacks'
              ? 'packs'
              : null;
      if (!kind) return table;
      return {
        ...table,
        getMany: async (request) => {
          const rows = await table.getMany(request);
          events.push({ kind, size: rows.length });
          return rows;
        },
        query: async (request) => {
          const answer = await table.query(request);
          // Rows, not keys: the first pass reads the ids of each article's annotations.
          if (request.values) events.push({ kind, size: answer.result.length });
          return answer;
        },
      };
    },
  }),
});

/** The chunks sent, as text (each is cut between code points, so decodes on its own). */
function recordChunks() {
  const chunks: { data: string }[] = [];
  const out = new ChunkedOutput(async (chunk: ContentChunk) => {
    const data = new TextDecoder('utf-8', { fatal: true }).decode(chunk);
    chunks.push({ data });
    events.push({ kind: 'sent', size: data.length });
  }, 500);
  return { chunks, out };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  events = [];
  vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('0e5a0b8e-0000-4000-8000-000000000000');
});

afterEach(() => vi.restoreAllMocks());

describe('a streamed export', () => {
  it('reads the native set a bounded step at a time and writes before it has read it all', async () => {
    await seedExportLibrary(8);
    const { chunks, out } = recordChunks();
    const tally = await writeExport(jobOf('native'), db, out, () => {}, {
      annotations: 7,
      articles: 2,
    });
    await out.end();
    const reads = (kind: 'annotations' | 'texts') => events.filter((e) => e.kind === kind);
    // Never the whole set at once: each read is one step of annotations (a range of ids
    // holding the step's, at most four times its size) or of texts.
    expect(reads('annotations').length).toBeGreaterThanOrEqual(tally.annotationCount / 7);
    expect(Math.max(...reads('annotations').map((e) => e.size))).toBeLessThanOrEqual(28);
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

  it('writes the same bytes when the ids of a step are spread over other articles’ rows', async () => {
    await seedExportLibrary(6);
    // Two articles of six, two ids a step: some steps span the rows of the articles between.
    const job = { ...jobOf('native'), articles: { kind: 'ids', ids: ['art-1', 'art-4'] } };
    const { chunks, out } = recordChunks();
    await writeExport(job as ExportJob, db, out, () => {}, { annotations: 2, articles: 1 });
    await out.end();
    // Each read stayed within its bound, the spread steps read key by key.
    expect(
      Math.max(...events.filter((e) => e.kind === 'annotations').map((e) => e.size)),
    ).toBeLessThanOrEqual(8);
    const assembled = await assembleSet({ ...(job as ExportJob) });
    const expected = serializeNativeSet(assembled.set, {
      exportedAt: job.exportedAt,
      appVersion: job.appVersion,
    });
    expect(chunks.map((c) => c.data).join('')).toBe(expected);
  });

  it('reads each W3C text once and the annotations a page at a time, one step ahead of the writing', async () => {
    // Item by item in the set's order read an article's annotations and its text per
    // article (20,000 requests at 10,000 articles) and every text again for the sources.
    await seedExportLibrary(110);
    const stored = await db.annotations.where('author').equals(ANALYST).count();
    const { chunks, out } = recordChunks();
    await writeExport(jobOf('w3c'), db, out, () => {}, { annotations: 40, articles: 20 });
    await out.end();
    const reads = (kind: 'annotations' | 'texts') =>
      events.flatMap((e, n) => (e.kind === kind && e.size > 0 ? [{ ...e, at: n }] : []));
    expect(reads('texts').reduce((n, e) => n + e.size, 0)).toBe(110);
    expect(reads('texts')).toHaveLength(6);
    expect(reads('annotations')).toHaveLength(Math.ceil(stored / 40));
    // Sources are sent while the texts are read, items while the annotations are.
    const sentBefore = (index: number) => events.slice(0, index).some((e) => e.kind === 'sent');
    expect(sentBefore(reads('texts')[2]!.at)).toBe(true);
    expect(sentBefore(reads('annotations')[0]!.at)).toBe(true);
    const sentBetween = (from: number, to: number) =>
      events.slice(from, to).some((e) => e.kind === 'sent');
    expect(sentBetween(reads('annotations')[0]!.at, reads('annotations')[2]!.at)).toBe(true);
    const file = JSON.parse(chunks.map((c) => c.data).join('')) as {
      total: number;
      first: { items: unknown[] };
      [SOURCES_MEMBER]: unknown[];
    };
    expect(file.first.items).toHaveLength(file.total);
    expect(file[SOURCES_MEMBER]).toHaveLength(110);
  });

  it('reads each annotation once for the W3C collection: its total is written after its items', async () => {
    await seedExportLibrary(110);
    const stored = await db.annotations.where('author').equals(ANALYST).count();
    const { chunks, out } = recordChunks();
    await writeExport(jobOf('w3c'), db, out, () => {});
    await out.end();
    const read = events.filter((e) => e.kind === 'annotations').reduce((n, e) => n + e.size, 0);
    // A first pass counting the items read every annotation twice.
    expect(read).toBe(stored);
    const text = chunks.map((c) => c.data).join('');
    const file = JSON.parse(text) as { total: number; first: { items: unknown[] } };
    expect(file.total).toBe(file.first.items.length);
    expect(text.indexOf('"total"')).toBeGreaterThan(text.lastIndexOf('"startIndex"'));
  });

  it('hands the encoder one item at a time, never a step of items joined', async () => {
    // Chromium copies a long string whole before encoding it: a step's joined text (2 MB in
    // the export bench) cost the W3C export a fifth of its time, its items one by one little.
    await seedExportLibrary(60);
    for (const format of ['native', 'w3c'] as const) {
      const encoded: number[] = [];
      const encodeInto = TextEncoder.prototype.encodeInto;
      const spy = vi.spyOn(TextEncoder.prototype, 'encodeInto').mockImplementation(function (
        this: TextEncoder,
        source,
        destination,
      ) {
        encoded.push(source.length);
        return encodeInto.call(this, source, destination);
      });
      const { chunks, out } = recordChunks();
      await writeExport(jobOf(format), db, out, () => {});
      await out.end();
      spy.mockRestore();
      const file = JSON.parse(chunks.map((c) => c.data).join('')) as Record<string, unknown>;
      // The longest item the file holds, as written (indented deeper than alone: at most
      // a few spaces a line more).
      const items = (
        format === 'native'
          ? [
              ...(file.set as { annotations: unknown[] }).annotations,
              ...(file.set as { articles: unknown[] }).articles,
            ]
          : [...(file.first as { items: unknown[] }).items, ...(file[SOURCES_MEMBER] as unknown[])]
      ).map((item) => JSON.stringify(item, null, 2));
      expect(items.length).toBeGreaterThan(200);
      const longest = Math.max(...items.map((item) => item.length + 8 * item.split('\n').length));
      expect(Math.max(...encoded)).toBeLessThanOrEqual(longest);
    }
  });

  it('looks up no packs for the W3C items of an analyst who has none', async () => {
    // A pack lookup is a request per article: 10,000 in a whole-library export.
    await seedExportLibrary(110);
    const { chunks, out } = recordChunks();
    await writeExport(jobOf('w3c'), db, out, () => {});
    await out.end();
    expect(events.filter((e) => e.kind === 'packs')).toEqual([]);
    expect(JSON.parse(chunks.map((c) => c.data).join('')).total).toBeGreaterThan(110);
    // The colleague's set is a pack: still read, item by item.
    events = [];
    const colleague = recordChunks();
    await writeExport({ ...jobOf('w3c'), author: COLLEAGUE }, db, colleague.out, () => {});
    await colleague.out.end();
    expect(events.filter((e) => e.kind === 'packs').length).toBeGreaterThan(0);
    const file = JSON.parse(colleague.chunks.map((c) => c.data).join('')) as { total: number };
    expect(file.total).toBeGreaterThan(0);
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
