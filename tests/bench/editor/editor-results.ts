/**
 * The editor benchmark's figures from its runs: every key figure summarised over the runs
 * (median, min, max), each ratio taken within a run (app and reference measured moments
 * apart) and then summarised, and the targets as `{ value, target, met }`. A reference
 * that timed out yields a timeout entry, never a ratio or a pass.
 */
import {
  atMost,
  summarise,
  summariseEach,
  timedOut,
  under,
  type Summary,
  type TargetResult,
} from '../report';
import type { AppRun } from './app-run';
import type { ReferenceRun } from './reference-runs';
import type { ScalingRun } from './scaling-run';
import type { Region, RegionScroll } from './scroll-probe';

export const TARGETS = {
  /** App first screen ÷ static floor first screen. */
  firstScreenRatio: 1.5,
  /** App whole document ÷ `content-visibility` floor whole document. */
  wholeRatio: 3,
  /** App first screen ÷ peer first screen: faster than the peer. */
  peerRatio: 1,
  additionP95Ms: 50,
  /** The same p95, with one busy process beside the browser (`busy-process.ts`). */
  additionP95UnderLoadMs: 50,
  /** Addition p95 on the 50,000-annotation article ÷ on the 1,000-annotation one. */
  additionScalingRatio: 1.2,
};

export interface EditorRound {
  app: AppRun;
  staticFloor: ReferenceRun;
  cvFloor: ReferenceRun;
  /** Null when skipped after an earlier timeout of the peer. */
  peer: ReferenceRun | null;
  /** Additions on a few- and a many-annotation article, in the same run. */
  scaling: ScalingRun;
}

type Scroll = NonNullable<ReferenceRun['scroll']>;
const REGIONS: Region[] = ['top', 'middle', 'end'];

/** Per region, each figure over the runs. */
function summariseScroll(scrolls: Scroll[]) {
  if (scrolls.length === 0) return null;
  return Object.fromEntries(
    REGIONS.map((region) => [
      region,
      summariseEach(
        scrolls.map((scroll) => scroll[region] as RegionScroll & Record<string, number>),
      ),
    ]),
  ) as Record<Region, Record<keyof RegionScroll, Summary>>;
}

/** A reference's figures over the runs where it opened; `timeouts` counts the others. */
function summariseReference(runs: (ReferenceRun | null)[]) {
  const opened = runs.filter((run): run is ReferenceRun & { open: object } => !!run?.open);
  const timeouts = runs.filter((run) => run && !run.open).length;
  return {
    runs: runs.filter(Boolean).length,
    timeouts,
    ...(timeouts > 0 ? { timeout: true as const } : {}),
    open: opened.length
      ? summariseEach(opened.map((run) => run.open as Record<string, number>))
      : null,
    heapMb: opened.length ? summarise(opened.map((run) => run.heapMb!)) : null,
    domNodes: opened.length
      ? summarise(
          opened.map((run) => run.domNodes!),
          0,
        )
      : null,
    phases: opened.some((run) => run.phases)
      ? summariseEach(opened.map((run) => run.phases!))
      : undefined,
    scroll: summariseScroll(opened.map((run) => run.scroll!)),
  };
}

/** One side of the scaling comparison over the runs. */
function summariseScalingSide(sides: ScalingRun['few'][]) {
  return {
    annotations: sides[0]!.annotations,
    openWholeMs: summarise(sides.map((side) => side.openWholeMs)),
    additions: summariseEach(sides.map((side) => side.additions)),
    perAddition: summariseEach(sides.map((side) => side.perAddition)),
  };
}

/**
 * The ratio app ÷ reference within each run. Null when any run of the reference timed out:
 * the runs that finished are the reference's fastest, so a ratio from them alone flatters it
 * less but still leaves out what happened; the timeout is the honest figure.
 */
function ratio(
  rounds: EditorRound[],
  app: (round: EditorRound) => number,
  reference: (round: EditorRound) => ReferenceRun | null,
  field: 'firstScreenMs' | 'wholeMs',
): Summary | null {
  const samples: number[] = [];
  for (const round of rounds) {
    const measured = reference(round)?.open?.[field];
    if (measured === undefined) return null;
    samples.push(app(round) / measured);
  }
  return summarise(samples, 2);
}

function target(summary: Summary | null, limit: number, check: typeof atMost): TargetResult {
  return summary ? check(summary.median, limit) : timedOut(limit);
}

interface ResultsContext {
  document: object;
  peerTimeoutMs: number;
  scroll: object;
}

/** The figures of the results line and the readable lines that precede it. */
export function editorResults(rounds: EditorRound[], context: ResultsContext) {
  const figures = editorFigures(rounds, context);
  return { figures, readable: readableLines(figures) };
}

function editorFigures(rounds: EditorRound[], context: ResultsContext) {
  const appFirst = (round: EditorRound) => round.app.open.firstScreenMs;
  const appWhole = (round: EditorRound) => round.app.open.wholeMs;
  const ratios = {
    firstScreenVsStaticFloor: ratio(rounds, appFirst, (r) => r.staticFloor, 'firstScreenMs'),
    firstScreenVsCvFloor: ratio(rounds, appFirst, (r) => r.cvFloor, 'firstScreenMs'),
    wholeVsCvFloor: ratio(rounds, appWhole, (r) => r.cvFloor, 'wholeMs'),
    wholeVsStaticFloor: ratio(rounds, appWhole, (r) => r.staticFloor, 'wholeMs'),
    // Skipped peer runs (after a timeout) make this null too.
    firstScreenVsPeer: ratio(rounds, appFirst, (r) => r.peer, 'firstScreenMs'),
  };
  const additions = summariseEach(rounds.map((round) => round.app.additions));
  const loaded = rounds.flatMap((round) =>
    round.app.additionsUnderLoad ? [round.app.additionsUnderLoad] : [],
  );
  const additionsUnderLoad = loaded.length > 0 ? summariseEach(loaded) : null;
  const scalingRatio = summarise(
    rounds.map((round) => round.scaling.p95Ratio),
    2,
  );
  const targets = {
    firstScreenRatio: target(ratios.firstScreenVsStaticFloor, TARGETS.firstScreenRatio, atMost),
    wholeRatio: target(ratios.wholeVsCvFloor, TARGETS.wholeRatio, atMost),
    peerRatio: target(ratios.firstScreenVsPeer, TARGETS.peerRatio, under),
    additionP95Ms: under(additions.p95Ms.median, TARGETS.additionP95Ms),
    additionP95UnderLoadMs: additionsUnderLoad
      ? under(additionsUnderLoad.p95Ms.median, TARGETS.additionP95UnderLoadMs)
      : timedOut(TARGETS.additionP95UnderLoadMs),
    additionScalingRatio: atMost(scalingRatio.median, TARGETS.additionScalingRatio),
  };
  const peer = summariseReference(rounds.map((round) => round.peer));
  const figures = {
    document: context.document,
    runs: rounds.length,
    scrollWindow: context.scroll,
    app: {
      open: summariseEach(rounds.map((round) => round.app.open)),
      scroll: summariseScroll(rounds.map((round) => round.app.scroll)),
      additions,
      additionsUnderLoad,
      afterAdditions: summariseEach(rounds.map((round) => round.app.afterAdditions)),
      surface: rounds[0]?.app.surface,
    },
    staticFloor: summariseReference(rounds.map((round) => round.staticFloor)),
    cvFloor: summariseReference(rounds.map((round) => round.cvFloor)),
    peer: { ...peer, timeoutMs: context.peerTimeoutMs },
    scaling: {
      few: summariseScalingSide(rounds.map((round) => round.scaling.few)),
      many: summariseScalingSide(rounds.map((round) => round.scaling.many)),
      p95Ratio: scalingRatio,
    },
    ratios,
    targets,
    problems: [...new Set(rounds.flatMap((round) => round.app.pageErrors))]
      .slice(0, 5)
      .map((message) => `app page error: ${message}`),
  };
  return figures;
}

const range = (summary: Summary | null | undefined) =>
  summary ? `${summary.median} (${summary.min}–${summary.max})` : 'timed out';

function scalingSide(side: ReturnType<typeof summariseScalingSide>): string {
  const { additions, perAddition } = side;
  return (
    `${side.annotations} → p95 ${range(additions.p95Ms)} ms, median ${range(additions.medianMs)} ` +
    `ms (script ${perAddition.scriptMs.median}, style ${perAddition.styleMs.median}, layout ` +
    `${perAddition.layoutMs.median} ms an addition)`
  );
}

function readableLines(figures: ReturnType<typeof editorFigures>): string[] {
  const open = (name: string, reference: { open: Record<string, Summary> | null }) =>
    `${name}: first screen ${range(reference.open?.firstScreenMs)} ms` +
    // The peer has no whole-document figure (see ReferenceRun).
    (reference.open && !reference.open.wholeMs
      ? ''
      : `, whole ${range(reference.open?.wholeMs)} ms`);
  const scroll = (name: string, summary: ReturnType<typeof summariseScroll>) =>
    summary
      ? `${name} scroll, frames over 20 ms / of frames (median), jump ms: ` +
        REGIONS.map(
          (region) =>
            `${region} ${summary[region].over20.median}/${summary[region].frames.median}, ` +
            `jump ${summary[region].jumpMs.median}`,
        ).join('; ')
      : `${name} scroll: not measured`;
  const { app, ratios } = figures;
  return [
    `medians over ${figures.runs} runs (min–max):`,
    open('app', app),
    `  app phases: editor mounted ${range(app.open.textElementMs)} ms, first mark in DOM ` +
      `${range(app.open.firstMarkInDomMs)} ms; script ${range(app.open.scriptMs)} ms, layout ` +
      `${range(app.open.layoutMs)} ms, longest task ${range(app.open.longestTaskMs)} ms`,
    open('static floor', figures.staticFloor),
    open('cv floor', figures.cvFloor),
    `${open('peer', figures.peer)}${figures.peer.timeout ? ` (${figures.peer.timeouts} timed out at ${figures.peer.timeoutMs / 1000} s)` : ''}`,
    `app additions (${app.additions.count.median} a run): median ${range(app.additions.medianMs)} ms, ` +
      `p95 ${range(app.additions.p95Ms)} ms, max ${range(app.additions.maxMs)} ms; with one ` +
      `busy process: median ${range(app.additionsUnderLoad?.medianMs)} ms, p95 ` +
      `${range(app.additionsUnderLoad?.p95Ms)} ms, max ${range(app.additionsUnderLoad?.maxMs)} ms`,
    `additions by annotations on the article: ${scalingSide(figures.scaling.few)}; ` +
      `${scalingSide(figures.scaling.many)}; p95 ratio ${range(figures.scaling.p95Ratio)}`,
    scroll('app', app.scroll),
    scroll('static floor', figures.staticFloor.scroll),
    scroll('cv floor', figures.cvFloor.scroll),
    scroll('peer', figures.peer.scroll),
    `ratios: first screen ÷ static floor first screen ${range(ratios.firstScreenVsStaticFloor)}, ` +
      `÷ cv floor first screen ${range(ratios.firstScreenVsCvFloor)}; whole ÷ cv floor whole ` +
      `${range(ratios.wholeVsCvFloor)}, ÷ static floor whole ${range(ratios.wholeVsStaticFloor)}; ` +
      `first screen ÷ peer ${range(ratios.firstScreenVsPeer)}`,
  ];
}
