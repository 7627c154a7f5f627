/**
 * Ingestion throughput: scan a folder of 500 generated articles (~5 MB; French, Turkish
 * and English; .txt, .md, .html; UTF-8, windows-1252, windows-1254) and ingest every file
 * with the real code, in chunks of 25 paths as the renderer asks for them.
 * Prints readable figures, then one JSON line `{"benchmarks":{"ingest-articles":{…}}}`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestedArticle } from '../../preload/api';
import { ingestFiles } from '../../main/ingest/ingest-file';
import { scanFolder } from '../../main/ingest/scan-folder';
import { makeCorpus, type CorpusFile } from './make-corpus';

const ARTICLES = 500;
const AVERAGE_BYTES = 10_000;
const ROUNDS = 5;
const CHUNK = 25;
const MB = 1024 * 1024;

/** Peak RSS and heap, sampled every 10 ms and after every chunk. */
class MemoryPeak {
  rss = 0;
  heap = 0;
  private readonly timer = setInterval(() => this.sample(), 10);
  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

function check(articles: IngestedArticle[], corpus: CorpusFile[]): void {
  const expected = new Map(corpus.map((file) => [file.path, file]));
  for (const article of articles) {
    const file = expected.get(article.sourcePath);
    if (!file) throw new Error(`unexpected article ${article.sourcePath}`);
    if (article.language !== file.language || article.encoding !== file.encoding) {
      throw new Error(
        `${article.sourceName}: got ${article.language}/${article.encoding}, expected ${file.language}/${file.encoding}`,
      );
    }
  }
}

async function round(root: string, corpus: CorpusFile[], memory: MemoryPeak) {
  const started = performance.now();
  const scan = await scanFolder(root);
  const scanned = performance.now();
  const articles: IngestedArticle[] = [];
  for (let i = 0; i < scan.files.length; i += CHUNK) {
    const batch = await ingestFiles(scan.files.slice(i, i + CHUNK));
    if (batch.failures.length > 0)
      throw new Error(`ingestion failed: ${batch.failures[0]!.message}`);
    articles.push(...batch.articles);
    memory.sample();
  }
  const done = performance.now();
  if (articles.length !== corpus.length)
    throw new Error(`ingested ${articles.length} of ${corpus.length}`);
  check(articles, corpus);
  return { scanMs: scanned - started, totalMs: done - started };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round1 = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'sm-bench-ingest-'));
  try {
    const corpus = await makeCorpus(root, ARTICLES, AVERAGE_BYTES);
    const megabytes = corpus.reduce((sum, file) => sum + file.bytes, 0) / MB;
    const legacy = corpus.filter((file) => file.encoding !== 'UTF-8').length;
    console.log(
      `corpus: ${corpus.length} articles, ${megabytes.toFixed(2)} MB, ${legacy} in legacy encodings`,
    );

    (globalThis as { gc?: () => void }).gc?.();
    const memory = new MemoryPeak();
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      const result = await round(root, corpus, memory);
      rounds.push(result);
      console.log(
        `round ${i + 1}: scan ${result.scanMs.toFixed(1)} ms, scan+ingest ${result.totalMs.toFixed(0)} ms`,
      );
    }
    memory.stop();

    const first = rounds[0]!.totalMs;
    const typical = median(rounds.map((r) => r.totalMs));
    const result = {
      articles: corpus.length,
      megabytes: round1(megabytes),
      rounds: ROUNDS,
      firstRoundMs: Math.round(first),
      medianRoundMs: Math.round(typical),
      medianScanMs: round1(median(rounds.map((r) => r.scanMs))),
      articlesPerSecond: Math.round(corpus.length / (typical / 1000)),
      megabytesPerSecond: round1(megabytes / (typical / 1000)),
      peakRssMb: round1(memory.rss / MB),
      peakHeapMb: round1(memory.heap / MB),
      maxRssMb: round1(process.resourceUsage().maxRSS / 1024),
    };
    console.log(
      `ingest: ${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s (median of ${ROUNDS}; first round ${result.firstRoundMs} ms); ` +
        `peak RSS ${result.peakRssMb} MB, peak heap ${result.peakHeapMb} MB`,
    );
    console.log(JSON.stringify({ benchmarks: { 'ingest-articles': result } }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
