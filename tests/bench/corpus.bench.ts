/**
 * The corpus workbench at scale (issue 14): a generated library of 10,000 French, English
 * and Turkish articles (~50 MB of text) with 200,000 annotations, and one section per part of
 * the workbench, each answering its figures, `{value, target, met}` targets and problems.
 * Sections so far:
 * - `search`: the search engine the worker runs (`corpus/search-section.ts`): index build and
 *   size, 20 queries p50/p95, incremental update per article, and a `String.includes` scan
 *   in the same run for the side-by-side ratio.
 * - `ui`: the app in real Chromium through its UI (`corpus/ui-section.ts`): library open,
 *   sort and filter; statistics; search (index build and load, the 20 queries, an includes
 *   scan in the same page); annotate-all of a common word; the longest main-thread task of
 *   each. `SM_CORPUS_UI_PARTS=library,statistics,search,annotateAll` runs only those parts.
 *
 * `SM_BENCH_QUICK=1` uses 1,000 articles and 20,000 annotations; `SM_BENCH_RUNS` runs per
 * key figure (default 3); `SM_CORPUS_SECTIONS=search,…` runs only the named sections.
 * Prints readable lines, then `{"benchmarks":{"corpus":{…}}}`, met or missed.
 */
import { makeCorpusData, type CorpusData } from './corpus/corpus-data';
import { searchSection } from './corpus/search-section';
import { uiSection } from './corpus/ui-section';
import { benchRuns, capped, isQuick, printResults, verdict, type TargetResult } from './report';

const ARTICLES = isQuick ? 1_000 : 10_000;
const ANNOTATIONS_PER_ARTICLE = 20;

interface SectionResult {
  figures: Record<string, unknown>;
  targets: Record<string, TargetResult>;
  problems: string[];
}

/** Every section, in the order they run. */
const SECTIONS: Record<string, (data: CorpusData, runs: number) => Promise<SectionResult>> = {
  search: searchSection,
  ui: uiSection,
};

async function main() {
  const runs = benchRuns();
  const chosen = process.env.SM_CORPUS_SECTIONS?.split(',') ?? Object.keys(SECTIONS);
  const started = performance.now();
  const data = makeCorpusData(ARTICLES, ANNOTATIONS_PER_ARTICLE);
  console.log(
    `corpus: ${data.articles.size} articles, ${(data.characters / 2 ** 20).toFixed(1)} M characters, ${data.annotations.length} annotations (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const sections: Record<string, Record<string, unknown>> = {};
  const targets: Record<string, TargetResult> = {};
  const problems: string[] = [];
  for (const name of chosen) {
    const section = SECTIONS[name];
    if (!section) {
      problems.push(`no section named ${name}`);
      continue;
    }
    try {
      const result = await section(data, runs);
      sections[name] = result.figures;
      for (const [key, target] of Object.entries(result.targets)) {
        targets[`${name}: ${key}`] = target;
        console.log(
          `  ${name}: ${key} = ${target.value} (target ${target.target}) ${verdict(target)}`,
        );
      }
      console.log(`  ${name}: ${JSON.stringify(result.figures)}`);
      problems.push(...result.problems.map((problem) => `${name}: ${problem}`));
    } catch (error) {
      problems.push(`${name} failed: ${String(error)}`);
    }
  }
  printResults('corpus', { sections, targets, problems: capped(problems) });
}

await main();
