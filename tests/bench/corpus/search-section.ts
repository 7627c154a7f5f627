/**
 * The corpus benchmark's search section: the app's search engine (`renderer/src/search/
 * search-engine.ts`, the code the search worker runs) over the generated corpus with its
 * annotations, from an in-memory source, so the figures are the engine's own work: index
 * build and serialised size, 20 queries (first rows and complete), an incremental update per
 * article, and a plain `String.includes` scan of every stored text in the same run for the
 * side-by-side ratio.
 */
import { performance } from 'node:perf_hooks';
import type { Annotation } from '../../../renderer/src/annotation/types';
import { loadDefaultCodebook } from '../../../renderer/src/codebook/default-codebook';
import type { ArticleRecord, ArticleTextRecord } from '../../../renderer/src/db/records';
import { SearchEngine } from '../../../renderer/src/search/search-engine';
import type { EngineMessage } from '../../../renderer/src/search/search-protocol';
import type { SearchSource, StoredIndex } from '../../../renderer/src/search/search-source';
import { searchVocabulary } from '../../../renderer/src/search/search-vocabulary';
import { percentile, summarise, under, type TargetResult } from '../report';
import { sha256Hex, type CorpusData } from './corpus-data';

/** The 20 queries: words, phrases, prefixes, diacritics, annotation filters, combined. */
export const CORPUS_QUERIES: readonly { kind: string; query: string; scanWord?: string }[] = [
  { kind: 'word', query: 'inflation', scanWord: 'inflation' },
  { kind: 'word', query: 'merkez', scanWord: 'merkez' },
  { kind: 'word', query: 'pipeline', scanWord: 'pipeline' },
  { kind: 'word', query: 'Kraków', scanWord: 'Kraków' },
  { kind: 'phrase', query: '"central bank"', scanWord: 'central bank' },
  { kind: 'phrase', query: '"banque centrale"', scanWord: 'banque centrale' },
  { kind: 'phrase', query: '"merkez bankası"', scanWord: 'merkez bankası' },
  { kind: 'phrase', query: '"la réforme des retraites"', scanWord: 'la réforme des retraites' },
  { kind: 'prefix', query: 'infla*' },
  { kind: 'prefix', query: 'ekono*' },
  { kind: 'prefix', query: 'réfo*' },
  { kind: 'diacritics', query: 'ISTANBUL' },
  { kind: 'diacritics', query: 'ilik' },
  { kind: 'diacritics', query: 'melenchon' },
  { kind: 'diacritics', query: 'Iğdir' },
  { kind: 'diacritics', query: 'eskisehir' },
  { kind: 'annotations', query: 'label:claim verdict=false' },
  { kind: 'annotations', query: 'label:technique lang:tr date:2025' },
  { kind: 'combined', query: 'inflation label:claim verdict=false lang:en' },
  { kind: 'combined', query: '"banque centrale" -réforme date:2025-01..2025-06' },
];

function memorySource(data: CorpusData, stored: { index?: StoredIndex }): SearchSource {
  return {
    listArticles: async () => [...data.articles.values()],
    getArticles: async (ids) => ids.map((id) => data.articles.get(id)),
    getTexts: async (ids) => ids.map((id) => data.texts.get(id)),
    listAnnotations: async () => data.annotations,
    getAnnotationRows: async (ids) => ids.map((id) => data.annotationById.get(id)),
    listStatuses: async () => [],
    listAnalysts: async () => [],
    listEntities: async () => [],
    loadIndex: async () => stored.index,
    saveIndex: async (index) => {
      stored.index = index;
    },
  };
}

interface QueryTiming {
  query: string;
  kind: string;
  firstRowsMs: number;
  completeMs: number;
  rows: number;
}

async function timeQuery(
  engine: SearchEngine,
  id: number,
  query: string,
  kind: string,
): Promise<QueryTiming> {
  let first = -1;
  let rows = 0;
  const started = performance.now();
  (engine as unknown as { emit: (m: EngineMessage) => void }).emit = (message) => {
    if (message.kind === 'rows') {
      if (first < 0) first = performance.now() - started;
      rows += message.rows.length;
    }
  };
  await engine.search(id, query, {
    includeChrome: false,
    vocabulary: searchVocabulary(loadDefaultCodebook()),
  });
  const completeMs = performance.now() - started;
  return { query, kind, firstRowsMs: first < 0 ? completeMs : first, completeMs, rows };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Runs the section; answers its figures and targets. */
export async function searchSection(data: CorpusData, runs: number) {
  const stored: { index?: StoredIndex } = {};
  const buildSamples: number[] = [];
  let engine!: SearchEngine;
  for (let run = 0; run < runs; run++) {
    stored.index = undefined;
    engine = new SearchEngine(memorySource(data, stored), () => {});
    const started = performance.now();
    await engine.open();
    buildSamples.push((performance.now() - started) / 1000);
  }
  await engine.save();
  const indexMb = round(
    (stored.index!.json.length + JSON.stringify(stored.index!.stamps).length) / 2 ** 20,
  );

  const loadStarted = performance.now();
  const loaded = new SearchEngine(memorySource(data, stored), () => {});
  await loaded.open();
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const timings: QueryTiming[] = [];
  let id = 1;
  for (let run = 0; run < runs; run++) {
    for (const { query, kind } of CORPUS_QUERIES)
      timings.push(await timeQuery(loaded, id++, query, kind));
  }
  const firsts = timings.map((t) => t.firstRowsMs);
  const completes = timings.map((t) => t.completeMs);

  // The same words found by a plain scan of every stored text (case-sensitive, no folding,
  // no word boundaries: less than the search does, so the ratio flatters the scan).
  const texts = [...data.texts.values()].map((record) => record.text);
  const scanTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const { scanWord } of CORPUS_QUERIES) {
      if (!scanWord) continue;
      const started = performance.now();
      let found = 0;
      for (const text of texts) if (text.includes(scanWord)) found++;
      scanTimes.push(performance.now() - started);
      if (found < 0) throw new Error('unreachable');
    }
  }
  const scannedKinds = new Set(['word', 'phrase']);
  const searchWordTimes = timings.filter((t) => scannedKinds.has(t.kind)).map((t) => t.completeMs);

  // Incremental update: one article's text changed, then the engine follows the write.
  const updateTimes: number[] = [];
  const ids = [...data.articles.keys()].slice(0, 20);
  for (const articleId of ids) {
    const article = data.articles.get(articleId)!;
    const text = data.texts.get(articleId)!;
    const edited = `${text.text}\nKourmanghazy edited.`;
    data.articles.set(articleId, { ...article, textSha256: sha256Hex(edited) });
    data.texts.set(articleId, { ...text, text: edited });
    const started = performance.now();
    await loaded.update({
      articles: new Set([articleId]),
      texts: new Set([articleId]),
      annotations: new Set(),
      packs: false,
      statuses: false,
      names: false,
    });
    updateTimes.push(performance.now() - started);
  }
  const afterUpdate = await timeQuery(loaded, id, 'kourmanghazy', 'word');

  const p95First = percentile(firsts, 95);
  const targets: Record<string, TargetResult> = {
    'search query p95 first rows (ms)': under(round(p95First), 50),
    'search query p95 complete (ms)': under(round(percentile(completes, 95)), 50),
  };
  return {
    figures: {
      articles: data.articles.size,
      annotations: data.annotations.length,
      characters: data.characters,
      indexBuildSeconds: summarise(buildSamples, 2),
      indexSerialisedMb: indexMb,
      indexLoadSeconds: round(loadSeconds),
      queries: {
        firstRows: { p50: round(percentile(firsts, 50)), p95: round(p95First) },
        complete: { p50: round(percentile(completes, 50)), p95: round(percentile(completes, 95)) },
        each: timings.slice(0, CORPUS_QUERIES.length).map((t) => ({
          query: t.query,
          rows: t.rows,
          firstRowsMs: round(t.firstRowsMs),
          completeMs: round(t.completeMs),
        })),
      },
      incrementalUpdateMs: {
        p50: round(percentile(updateTimes, 50)),
        p95: round(percentile(updateTimes, 95)),
      },
      updatedArticlesFound: afterUpdate.rows,
      versusIncludesScan: {
        scanP50Ms: round(percentile(scanTimes, 50)),
        searchCompleteP50Ms: round(percentile(searchWordTimes, 50)),
        searchFirstRowsP50Ms: round(percentile(firsts, 50)),
        ratioCompleteToScan: round(
          percentile(searchWordTimes, 50) / Math.max(0.01, percentile(scanTimes, 50)),
        ),
      },
    },
    targets,
    problems:
      afterUpdate.rows === ids.length
        ? []
        : [`after ${ids.length} updates the edited word was found ${afterUpdate.rows} times`],
  };
}

export type { Annotation, ArticleRecord, ArticleTextRecord };
