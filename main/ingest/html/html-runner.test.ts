import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleHtmlWorker } from '../documents/testing/bundle-document-worker';
import { ingestBytes, type IngestOutcome } from '../ingest-bytes';
import { ingestFiles } from '../ingest-file';
import {
  createHtmlWorkerRunner,
  replaceDefaultHtmlRunner,
  type HtmlRunner,
  type HtmlWorkerRunner,
} from './html-runner';

const PAGES = fileURLToPath(new URL('../../../tests/fixtures/readability-pages/', import.meta.url));
const page = (id: string) => readFileSync(join(PAGES, id, 'source.html'));
const meta = (sourceName: string) => ({
  sourcePath: `/pages/${sourceName}`,
  sourceName,
  modifiedAtMs: Date.UTC(2025, 2, 12),
});

describe('saved pages read in worker threads', () => {
  let reader: HtmlWorkerRunner;
  beforeAll(async () => {
    reader = createHtmlWorkerRunner(await bundleHtmlWorker());
  });
  afterAll(() => reader.close());

  it('gives the article the host thread gives, headline, metadata and all', async () => {
    for (const id of ['ars-1', 'citylab-1', 'salon-1']) {
      const bytes = page(id);
      const inWorker = await reader(bytes, meta(`${id}.html`));
      expect(inWorker.kind).toBe('article');
      expect(inWorker).toEqual(ingestBytes(bytes, meta(`${id}.html`)));
    }
  });

  it('reads two pages at once while the host thread stays free', async () => {
    const ids = ['ars-1', 'blogger', 'citylab-1', 'salon-1'];
    const bytes = ids.flatMap((id) => [page(id), page(id)]);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const outcomes = await Promise.all(bytes.map((b, i) => reader(b, meta(`${i}.html`))));
    const ms = Date.now() - started;
    clearInterval(ticker);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(bytes.map(() => 'article'));
    // The host's timers fired all along (one tick per 10 ms; allow for a loaded machine).
    expect(ticks).toBeGreaterThan(ms / 10 / 4);
  });
});

describe('a page past its time limit', () => {
  let reader: HtmlWorkerRunner;
  afterAll(() => reader.close());

  it('is refused with the limit named, and the next page is read', async () => {
    reader = createHtmlWorkerRunner(await bundleHtmlWorker(), { timeLimitMs: 1, maxWorkers: 1 });
    expect(await reader(page('citylab-1'), meta('citylab-1.html'))).toEqual({
      kind: 'failure',
      failure: {
        path: '/pages/citylab-1.html',
        reason: 'too-large',
        message: '"citylab-1.html" could not be read within 1 s: it is too large or too complex.',
      },
    });
    await reader.close();
    reader = createHtmlWorkerRunner(await bundleHtmlWorker(), { maxWorkers: 1 });
    expect(await reader(page('ars-1'), meta('ars-1.html'))).toMatchObject({ kind: 'article' });
  });
});

describe('ingestFiles', () => {
  let dir: string;
  let restore: () => void;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sm-html-runner-'));
  });
  afterEach(() => restore());
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads two pages at once and answers them in the order asked', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'].map((name) => `${name}.html`);
    const paths = await Promise.all(
      names.map(async (name) => {
        const path = join(dir, name);
        await writeFile(
          path,
          `<html><head><title>Page ${name}</title></head><body><p>${name}</p></body></html>`,
        );
        return path;
      }),
    );
    let running = 0;
    let most = 0;
    // The first page is the slowest: it must still come first.
    const delays = [60, 10, 30, 5, 20];
    const recording: HtmlRunner = async (bytes, meta) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delays[names.indexOf(meta.sourceName)]));
      running--;
      return ingestBytes(bytes, meta);
    };
    restore = replaceDefaultHtmlRunner(recording);
    const batch = await ingestFiles(paths);
    expect(most).toBe(2);
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((article) => article.sourceName)).toEqual(names);
    const outcome: IngestOutcome = { kind: 'article', article: batch.articles[0]! };
    expect(outcome.article.title).toBe('Page a.html');
  });
});
