import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../../tests/fixtures/ingest/make-documents';
import { ingestBytes } from '../ingest-bytes';
import { createWorkerRunner, locateDocumentWorker, type WorkerRunner } from './document-runner';
import { ingestDocument } from './ingest-document';
import { bundleDocumentWorker } from './testing/bundle-document-worker';

const meta = (sourceName: string) => ({
  sourcePath: `/articles/${sourceName}`,
  sourceName,
  modifiedAtMs: Date.UTC(2025, 2, 12),
});

describe('locateDocumentWorker', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'sm-locate-'));
    await mkdir(join(out, 'main', 'chunks'), { recursive: true });
    await writeFile(join(out, 'main', 'document-worker.js'), '');
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('finds the worker beside the entry, from the entry or from a shared chunk', () => {
    const worker = pathToFileURL(join(out, 'main', 'document-worker.js')).href;
    const from = (path: string) => pathToFileURL(join(out, path)).href;
    expect(locateDocumentWorker(from('main/bridge.js'))?.href).toBe(worker);
    expect(locateDocumentWorker(from('main/chunks/handlers-X1.js'))?.href).toBe(worker);
    expect(locateDocumentWorker(from('elsewhere/index.js'))).toBeUndefined();
  });
});

describe('defaultDocumentRunner', () => {
  it('refuses documents when the worker is missing, never reading them in the host thread', async () => {
    // Under Vitest no document-worker.js sits beside the sources: as in a broken install.
    const pdf = makePdf({ pages: [[['Le corridor médian gagne en importance.']]] });
    expect(await ingestDocument(pdf, meta('rapport.pdf'))).toEqual({
      kind: 'failure',
      failure: {
        path: '/articles/rapport.pdf',
        reason: 'corrupt',
        message:
          '"rapport.pdf" could not be read: the document reader failed (its file document-worker.js is missing beside the app; build the app again).',
      },
    });
  });
});

describe('the document reader in worker threads', () => {
  let reader: WorkerRunner;
  const pdf = makePdf({ pages: [[['Le corridor médian gagne en importance.']]] });
  beforeAll(async () => {
    reader = createWorkerRunner(await bundleDocumentWorker());
    // Both workers started and warm, as in an app that has read a few files.
    await Promise.all([1, 2].map(() => reader({ format: 'pdf', bytes: pdf, timeLimitMs: 5_000 })));
  });
  afterAll(() => reader.close());

  it('stops a document it cannot finish in time, while other files are read meanwhile', async () => {
    // 100,000 paragraphs: mammoth needs over 10 s here and never yields to the host.
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => `Paragraphe ${i}, sans fin.`);
    const slow = makeDocx({ paragraphs });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const stopped = ingestDocument(slow, meta('slow.docx'), {
      runner: reader,
      timeLimitMs: 1_000,
    }).then((outcome) => ({ outcome, ms: Date.now() - started }));

    const other = await ingestDocument(pdf, meta('court.pdf'), { runner: reader });
    expect(other).toMatchObject({
      kind: 'article',
      article: { text: 'Le corridor médian gagne en importance.' },
    });
    const text = ingestBytes(new TextEncoder().encode('Une note.'), meta('note.txt'));
    expect(text).toMatchObject({ kind: 'article', article: { text: 'Une note.' } });
    const otherMs = Date.now() - started;

    const { outcome, ms } = await stopped;
    clearInterval(ticker);
    expect(outcome).toEqual({
      kind: 'failure',
      failure: {
        path: '/articles/slow.docx',
        reason: 'too-large',
        message: '"slow.docx" could not be read within 1 s: it is too large or too complex.',
      },
    });
    // Stopped at the limit (plus the reader's second of grace), not when mammoth was done;
    // the rest allows for a loaded machine (3.8 s seen under a load of 10, over a 3.5 s bound).
    expect(ms).toBeLessThan(5_000);
    expect(otherMs).toBeLessThan(ms);
    // The host's timers fired all along (one tick per 20 ms; allow for a loaded machine).
    expect(ticks).toBeGreaterThan(ms / 20 / 3);
  });
});
