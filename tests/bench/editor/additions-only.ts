/**
 * `SM_BENCH_ADDITIONS_ONLY=1`: the editor benchmark's additions alone, for comparing two
 * builds of the app in one sitting (minutes, where the whole benchmark takes most of an
 * hour): per run, the app opened afresh on the main article and its additions, idle then
 * beside a busy process (`app-run.ts`, as in a full run), and the scaling comparison's
 * additions (`scaling-run.ts`). Floors and peer are left out: no addition figure uses them.
 * The additions are timed exactly as in a full run.
 */
import type { BrowserContext } from '@playwright/test';
import { summarise, type Summary } from '../report';
import { runApp, type AppRunOptions } from './app-run';
import type { BenchDocument } from './generate';
import { runScaling } from './scaling-run';

export interface AdditionsOnlyFigures {
  runs: number;
  additionP95Ms: Summary;
  additionMedianMs: Summary;
  visibleP95Ms: Summary;
  storedP95Ms: Summary;
  /** As timed before December 2026 (a frame later: `AdditionsFigures.nextFrameP95Ms`). */
  nextFrameP95Ms: Summary;
  underLoadP95Ms: Summary | null;
  scalingFewP95Ms: Summary;
  scalingManyP95Ms: Summary;
  scalingRatio: Summary;
  perAddition: { scriptMs: Summary; styleMs: Summary; layoutMs: Summary };
  problems: string[];
}

export async function runAdditionsOnly(
  context: BrowserContext,
  url: string,
  doc: BenchDocument,
  scalingDocs: { few: BenchDocument; many: BenchDocument },
  options: AppRunOptions & { runs: number },
): Promise<AdditionsOnlyFigures> {
  const problems: string[] = [];
  const apps = [];
  const scalings = [];
  for (let index = 0; index < options.runs; index++) {
    const app = await runApp(context, url, doc, options);
    problems.push(...app.pageErrors);
    const scaling = await runScaling(
      context,
      url,
      scalingDocs,
      { additions: options.additions, openTimeoutMs: options.openTimeoutMs },
      problems,
    );
    console.log(
      `run ${index + 1}: addition p95 ${app.additions.p95Ms} ms (visible ` +
        `${app.additions.visibleP95Ms}, stored ${app.additions.storedP95Ms}, a frame later ` +
        `${app.additions.nextFrameP95Ms}; ` +
        `${app.additionsUnderLoad?.p95Ms ?? '—'} ms with one busy process); scaling ` +
        `${scaling.few.additions.p95Ms} → ${scaling.many.additions.p95Ms} ms (×${scaling.p95Ratio})`,
    );
    apps.push(app);
    scalings.push(scaling);
  }
  const under = apps.flatMap((app) => (app.additionsUnderLoad ? [app.additionsUnderLoad] : []));
  return {
    runs: options.runs,
    additionP95Ms: summarise(apps.map((app) => app.additions.p95Ms)),
    additionMedianMs: summarise(apps.map((app) => app.additions.medianMs)),
    visibleP95Ms: summarise(apps.map((app) => app.additions.visibleP95Ms)),
    storedP95Ms: summarise(apps.map((app) => app.additions.storedP95Ms)),
    nextFrameP95Ms: summarise(apps.map((app) => app.additions.nextFrameP95Ms)),
    underLoadP95Ms: under.length ? summarise(under.map((figures) => figures.p95Ms)) : null,
    scalingFewP95Ms: summarise(scalings.map((run) => run.few.additions.p95Ms)),
    scalingManyP95Ms: summarise(scalings.map((run) => run.many.additions.p95Ms)),
    scalingRatio: summarise(
      scalings.map((run) => run.p95Ratio),
      2,
    ),
    perAddition: {
      scriptMs: summarise(apps.map((app) => app.afterAdditions.scriptPerAdditionMs)),
      styleMs: summarise(apps.map((app) => app.afterAdditions.stylePerAdditionMs)),
      layoutMs: summarise(apps.map((app) => app.afterAdditions.layoutPerAdditionMs)),
    },
    problems,
  };
}
