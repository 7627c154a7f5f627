/**
 * Which search library Sourcemark's full-text search is built on, decided by measurement:
 * MiniSearch, FlexSearch and Orama index the same generated French, English and Turkish
 * articles (`corpus/multilingual-news.ts`) with the same tokeniser (`Intl.Segmenter` plus
 * folding, `renderer/src/search/tokenise.ts`), so the figures compare the indexes, not the
 * word splitting. Measured per library: build time, serialised size, serialise and load
 * time, and query p50/p95 for words, prefixes, diacritics-folded words and phrases (every
 * phrase is the AND of its words here: none of the three checks word order, so the app
 * confirms phrases against the stored text whichever it uses).
 *
 * Runs in Node (the libraries are plain JavaScript; the app's figures in Chromium are the
 * corpus benchmark's). `SM_BENCH_QUICK=1` indexes 500 articles instead of 3,000.
 * Prints readable lines, then `{"benchmarks":{"search-libraries":{…}}}`.
 */
import { performance } from 'node:perf_hooks';
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { tokenise } from '../../renderer/src/search/tokenise';
import { corpusArticle } from './corpus/multilingual-news';
import { isQuick, percentile, printResults } from './report';

const ARTICLES = isQuick ? 500 : 3_000;
const REPEATS = 5;

interface Doc {
  id: number;
  title: string;
  body: string;
}

/** The query kinds and their queries (typed as an analyst would; each library folds them). */
const QUERIES: Record<string, string[]> = {
  word: ['inflation', 'Mélenchon', 'merkez', 'pipeline', 'réforme'],
  prefix: ['infla', 'enfla', 'réfo', 'Ekono'],
  diacritics: ['ISTANBUL', 'ilik', 'melenchon', 'Iğdir', 'eskisehir'],
  phrase: ['central bank', 'banque centrale', 'merkez bankası', 'la réforme des retraites'],
};

interface LibraryUnderTest {
  name: string;
  build(docs: Doc[]): Promise<void> | void;
  query(kind: string, text: string): Promise<number> | number;
  serialise(): Promise<string> | string;
  load(serialised: string): Promise<void> | void;
}

function miniSearch(): LibraryUnderTest {
  const options = {
    fields: ['title', 'body'],
    tokenize: tokenise,
    // Terms arrive folded from `tokenise`: nothing more to do per term.
    processTerm: (term: string) => term,
  };
  let index = new MiniSearch<Doc>(options);
  return {
    name: 'minisearch',
    build: (docs) => index.addAll(docs),
    query: (kind, text) =>
      index.search(text, { prefix: kind === 'prefix', combineWith: 'AND' }).length,
    serialise: () => JSON.stringify(index),
    load: (json) => {
      index = MiniSearch.loadJSON<Doc>(json, options);
    },
  };
}

function flexSearch(): LibraryUnderTest {
  // `forward` indexes every prefix of every term: FlexSearch's way to answer prefixes.
  const make = () =>
    new FlexSearch.Document({
      document: { id: 'id', index: ['title', 'body'] },
      tokenize: 'forward',
      encode: tokenise,
    } as never);
  let index = make();
  return {
    name: 'flexsearch',
    build: (docs) => {
      for (const doc of docs) index.add(doc as never);
    },
    query: (_kind, text) => {
      const results = index.search(text, { limit: 100_000 } as never) as unknown as {
        result: unknown[];
      }[];
      return results.reduce((sum, field) => sum + field.result.length, 0);
    },
    serialise: async () => {
      const parts: Record<string, string> = {};
      await index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
    load: (json) => {
      index = make();
      for (const [key, data] of Object.entries(JSON.parse(json) as Record<string, string>)) {
        index.import(key, data);
      }
    },
  };
}

function orama(): LibraryUnderTest {
  const schema = { title: 'string', body: 'string' } as const;
  const tokenizer = {
    language: 'english',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string) => tokenise(raw),
  };
  const make = () => create({ schema, components: { tokenizer } });
  let db = make();
  return {
    name: 'orama',
    build: async (docs) => {
      await insertMultiple(
        db,
        docs.map((doc) => ({ id: String(doc.id), title: doc.title, body: doc.body })),
        1_000,
      );
    },
    query: async (kind, text) => {
      const results = await oramaSearch(db, {
        term: text,
        properties: ['title', 'body'],
        exact: kind !== 'prefix',
        threshold: 0,
        limit: 100_000,
      });
      return results.count;
    },
    serialise: () => JSON.stringify(save(db)),
    load: (json) => {
      db = make();
      load(db, JSON.parse(json) as never);
    },
  };
}

async function measure(library: LibraryUnderTest, docs: Doc[]) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  await library.build(docs);
  const buildMs = performance.now() - started;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const queries: Record<string, { p50: number; p95: number; hits: number[] }> = {};
  for (const [kind, texts] of Object.entries(QUERIES)) {
    const times: number[] = [];
    const hits: number[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const text of texts) {
        const at = performance.now();
        const count = await library.query(kind, text);
        times.push(performance.now() - at);
        if (repeat === 0) hits.push(count);
      }
    }
    queries[kind] = {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      hits,
    };
  }
  started = performance.now();
  const serialised = await library.serialise();
  const serialiseMs = performance.now() - started;
  started = performance.now();
  await library.load(serialised);
  const loadMs = performance.now() - started;
  const loadedHits = await library.query('word', QUERIES.word![0]!);
  return {
    buildMs: round(buildMs),
    heapMb: round(heapMb),
    serialisedMb: round((serialised.length * 2) / 2 ** 20 / 2),
    serialiseMs: round(serialiseMs),
    loadMs: round(loadMs),
    loadedAnswersTheSame: loadedHits === queries.word!.hits[0],
    queries,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main() {
  const docs: Doc[] = [];
  let chars = 0;
  for (let index = 0; index < ARTICLES; index++) {
    const article = corpusArticle(index);
    docs.push({ id: index, title: article.title, body: article.text });
    chars += article.text.length;
  }
  console.log(`search-libraries: ${ARTICLES} articles, ${round(chars / 2 ** 20)} M characters`);
  const results: Record<string, unknown> = {};
  for (const library of [miniSearch(), flexSearch(), orama()]) {
    try {
      const figures = await measure(library, docs);
      results[library.name] = figures;
      console.log(`  ${library.name}: ${JSON.stringify(figures)}`);
    } catch (error) {
      results[library.name] = { error: String(error) };
      console.log(`  ${library.name}: failed: ${String(error)}`);
    }
  }
  printResults('search-libraries', { articles: ARTICLES, characters: chars, libraries: results });
}

await main();
