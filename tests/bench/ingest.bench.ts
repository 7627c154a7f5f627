/**
 * Ingestion throughput: scan a folder of 500 generated articles (~5 MB; French, Turkish
 * and English; .txt, .md, .html; UTF-8, windows-1252, windows-1254) and ingest every file
 * with the real code, in chunks of 25 paths as the renderer asks for them.
 * Five rounds (median, min, max). A file ingested wrongly (failed, or another language or
 * encoding than the corpus says) is listed under `problems`, not thrown: the figures stand.
 * Prints readable figures, then one JSON line `{"benchmarks":{"ingest-articles":{…}}}`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestedArticle } from '../../preload/api';
import { ingestFiles } from '../../main/ingest/ingest-file';
import { scanFolder } from '../../main/ingest/scan-folder';
import { makeCorpus, type CorpusFile } from './make-corpus';
import { capped, printResults, summarise } from './report';

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

/** What the ingested articles got wrong against the corpus. */
function check(articles: IngestedArticle[], corpus: CorpusFile[]): string[] {
  const expected = new Map(corpus.map((file) => [file.path, file]));
  const problems: string[] = [];
  for (const article of articles) {
    const file = expected.get(article.sourcePath);
    if (!file) problems.push(`unexpected article ${article.sourcePath}`);
    else if (article.language !== file.language || article.encoding !== file.encoding) {
      problems.push(
        `${article.sourceName}: got ${article.language}/${article.encoding}, expected ${file.language}/${file.encoding}`,
      );
    }
  }
  return problems;
}

async function round(root: string, corpus: CorpusFile[], memory: MemoryPeak) {
  const started = performance.now();
  const scan = await scanFolder(root);
  const scanned = performance.now();
  const articles: IngestedArticle[] = [];
  const problems: string[] = [];
  for (let i = 0; i < scan.files.length; i += CHUNK) {
    const batch = await ingestFiles(scan.files.slice(i, i + CHUNK));
    for (const failure of batch.failures) problems.push(`ingestion failed: ${failure.message}`);
    articles.push(...batch.articles);
    memory.sample();
  }
  const done = performance.now();
  if (articles.length !== corpus.length)
    problems.push(`ingested ${articles.length} of ${corpus.length}`);
  problems.push(...check(articles, corpus));
  return { scanMs: scanned - started, totalMs: done - started, problems };
}

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
    const roundMs = summarise(
      rounds.map((r) => r.totalMs),
      0,
    );
    const typical = roundMs.median;
    // The same file wrong in every round is one problem.
    const problems = [...new Set(rounds.flatMap((r) => r.problems))];
    const result = {
      articles: corpus.length,
      megabytes: round1(megabytes),
      rounds: ROUNDS,
      firstRoundMs: Math.round(first),
      roundMs,
      medianRoundMs: typical,
      scanMs: summarise(rounds.map((r) => r.scanMs)),
      articlesPerSecond: Math.round(corpus.length / (typical / 1000)),
      megabytesPerSecond: round1(megabytes / (typical / 1000)),
      peakRssMb: round1(memory.rss / MB),
      peakHeapMb: round1(memory.heap / MB),
      maxRssMb: round1(process.resourceUsage().maxRSS / 1024),
    };
    console.log(
      `ingest: ${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s (median of ${ROUNDS}, ${roundMs.min}–${roundMs.max} ms a round; first round ${result.firstRoundMs} ms); ` +
        `peak RSS ${result.peakRssMb} MB, peak heap ${result.peakHeapMb} MB`,
    );
    for (const problem of problems.slice(0, 10)) console.log(`problem: ${problem}`);
    printResults('ingest-articles', { ...result, problems: capped(problems) });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
