/**
 * The corpus benchmark's sections in real Chromium, through the UI of a production build:
 * the library (open, sort, filter), statistics, search (index, 20 queries, an includes scan
 * beside it) and annotate-all of a common word, on one seeded profile (storing 10,000
 * articles and 200,000 annotations once is most of the section's time). Each part's
 * longest main-thread task is a target: none over 100 ms.
 */
import type { TargetResult } from '../report';
import { under } from '../report';
import { annotateAllUi } from './annotate-all-ui';
import { openCorpusApp } from './app-session';
import type { CorpusData } from './corpus-data';
import { libraryUi } from './library-ui';
import { searchUi } from './search-ui';
import { statsUi } from './stats-ui';

/** The hits annotate-all is measured at (issue 14: 105,000 in the library it was seen at). */
const WANTED_HITS = 100_000;

/**
 * A word of the first article whose whole-word, case-folded count over the corpus is
 * nearest `wanted` (what "a common word" means at this corpus's size).
 */
function commonWord(data: CorpusData, wanted: number): { word: string; hits: number } {
  const counts = new Map<string, number>();
  for (const { text } of data.texts.values()) {
    for (const [word] of text.toLocaleLowerCase().matchAll(/\p{L}{4,}/gu))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const first = data.texts.values().next().value!.text;
  let best = { word: '', hits: 0 };
  for (const [word] of first.matchAll(/\p{L}{4,}/gu)) {
    const hits = counts.get(word.toLocaleLowerCase()) ?? 0;
    if (Math.abs(hits - wanted) < Math.abs(best.hits - wanted)) best = { word, hits };
  }
  return best;
}

export async function uiSection(data: CorpusData, runs: number) {
  const chosen = commonWord(data, (WANTED_HITS * data.articles.size) / 10_000);
  const first = data.articles.values().next().value!;
  // A word of the titles, so the filter narrows as it is typed.
  const filterWord = first.title.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
  const session = await openCorpusApp(data);
  const figures: Record<string, unknown> = { seedSeconds: Math.round(session.seedSeconds) };
  const targets: Record<string, TargetResult> = {};
  const problems: string[] = [];
  const longest: Record<string, number> = {};
  const parts: [string, () => Promise<PartResult>][] = [
    ['library', () => libraryUi(session.page, runs, filterWord, data.articles.size)],
    ['statistics', () => statsUi(session.page, runs)],
    ['search', () => searchUi(session.page, runs)],
    ['annotateAll', () => annotateAllUi(session.page, first, chosen.word, chosen.hits)],
  ];
  const only = process.env.SM_CORPUS_UI_PARTS?.split(',');
  try {
    // The seeding writes past Dexie, so the page shows the library only once reloaded: the
    // library part does that first; without it, annotate-all found no row to open.
    if (only && !only.includes('library')) {
      await session.page.reload();
      await session.page
        .locator('table.library-table tbody tr')
        .first()
        .waitFor({ timeout: 120_000 });
    }
    for (const [name, run] of parts) {
      if (only && !only.includes(name)) continue;
      try {
        const result = await run();
        figures[name] = result.figures;
        Object.assign(targets, result.targets);
        longest[name] = Math.round(result.longestTaskMs);
        problems.push(...result.problems.map((problem) => `${name}: ${problem}`));
      } catch (error) {
        problems.push(`${name} failed: ${String(error).slice(0, 300)}`);
      }
    }
  } finally {
    await session.close();
  }
  for (const [name, ms] of Object.entries(longest))
    targets[`longest main-thread task during ${name} (ms)`] = under(ms, 100);
  return { figures, targets, problems };
}

interface PartResult {
  figures: Record<string, unknown>;
  targets: Record<string, TargetResult>;
  longestTaskMs: number;
  problems: string[];
}
