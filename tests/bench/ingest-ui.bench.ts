/**
 * Open folder end to end, in real Chromium, as the library grows: the production build
 * through the loopback bridge, the folder given as the dialog's answer and "Open folder…"
 * clicked, timed in the page from the click to the import report on screen (the scan,
 * ingestion in main, the site-chrome pass, the Dexie writes and the library's updates on
 * the way). The folder holds 2,000 text dumps of one news site (`ingest-ui/corpus.ts`),
 * opened into libraries already holding 0, 2,000 and 10,000 articles (pre-filled by raw
 * IndexedDB writes of real files the bridge remembers as sources). Each import runs in a
 * fresh profile; the runs (`SM_BENCH_RUNS`, default 3) go round the sizes in turn, so the
 * figures compared were taken moments apart. Figures per 1,000 files:
 * - `per1000Seconds` of each whole import, and `splitSeconds`, each thousand in order;
 * - long tasks (50 ms or more) on the page during the import, count and seconds.
 * Targets: the last thousand (into the largest library) costs at most 1.3× the first (into
 * the empty one), so does a whole import per 1,000 files, and every import runs at 50
 * files/s or more. `SM_BENCH_QUICK=1`: a
 * quarter of every size. `SM_BENCH_PROFILE=/tmp/ingest SM_NO_MINIFY=1` writes a CPU
 * profile of each import of the first run (`/tmp/ingest.<size>.cpuprofile`);
 * `SM_BENCH_TRACE=/tmp/ingest` a Chromium trace of each (`/tmp/ingest.<size>.json`).
 * Prints readable figures, then `{"benchmarks":{"ingest-ui":{…}}}`, met or missed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './editor/app-process';
import { writePrefill, writeSiteFolder } from './ingest-ui/corpus';
import { runImport, type ImportRunResult } from './ingest-ui/import-run';
import {
  atLeast,
  atMost,
  benchRuns,
  capped,
  isQuick,
  printResults,
  summarise,
  verdict,
  type TargetResult,
} from './report';

const SCALE = isQuick ? 4 : 1;
const LIBRARY_SIZES = [0, 2_000, 10_000].map((size) => size / SCALE);
const FILES = 2_000 / SCALE;
/** Splits are timed every `STEP` files and reported per 1,000. */
const STEP = 1_000 / SCALE;
const TARGET_RATIO = 1.3;
const TARGET_FILES_PER_SECOND = 50;
const TIMEOUT_MS = 600_000;
const RUNS = benchRuns();

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

interface SizeFigures {
  librarySize: number;
  per1000Seconds: ReturnType<typeof summarise> | null;
  filesPerSecond: ReturnType<typeof summarise> | null;
  splitSeconds: ReturnType<typeof summarise>[];
  longTasks: ReturnType<typeof summarise> | null;
  longTaskSeconds: ReturnType<typeof summarise> | null;
  /** Seconds the page spent in tasks, scripts and layout during the import. */
  pageTaskSeconds: ReturnType<typeof summarise> | null;
  pageScriptSeconds: ReturnType<typeof summarise> | null;
  pageLayoutSeconds: ReturnType<typeof summarise> | null;
  timeouts: number;
}

function figuresOf(librarySize: number, runs: ImportRunResult[]): SizeFigures {
  const done = runs.filter((run) => run.seconds !== null);
  const each = (pick: (run: ImportRunResult) => number, digits = 2) =>
    done.length > 0 ? summarise(done.map(pick), digits) : null;
  const splitCount = Math.min(...done.map((run) => run.splitSeconds.length));
  return {
    librarySize,
    per1000Seconds: each((run) => (run.seconds! * 1000) / FILES),
    filesPerSecond: each((run) => FILES / run.seconds!, 1),
    splitSeconds: done.length
      ? Array.from({ length: splitCount }, (_, i) =>
          summarise(
            done.map((run) => run.splitSeconds[i]!),
            2,
          ),
        )
      : [],
    longTasks: each((run) => run.longTasks, 0),
    longTaskSeconds: each((run) => run.longTaskSeconds),
    pageTaskSeconds: each((run) => run.pageSeconds.task),
    pageScriptSeconds: each((run) => run.pageSeconds.script),
    pageLayoutSeconds: each((run) => run.pageSeconds.layout),
    timeouts: runs.length - done.length,
  };
}

function ratio(a: number | undefined, b: number | undefined): TargetResult {
  if (a === undefined || b === undefined) return { value: null, target: TARGET_RATIO, met: null };
  return atMost(round(b / a), TARGET_RATIO);
}

function speedTarget(figures: SizeFigures): TargetResult {
  if (figures.timeouts > 0) return { value: null, target: TARGET_FILES_PER_SECOND, met: false };
  return atLeast(figures.filesPerSecond!.median, TARGET_FILES_PER_SECOND);
}

async function main() {
  const filesDir = await mkdtemp(join(tmpdir(), 'sourcemark-ingest-ui-files-'));
  const folder = join(filesDir, 'le-journal');
  await writeSiteFolder(folder, FILES);
  const prefill = await writePrefill(join(filesDir, 'earlier'), Math.max(...LIBRARY_SIZES));
  console.log(
    `Open folder of ${FILES} text dumps of one site into libraries of ` +
      `${LIBRARY_SIZES.join(', ')} articles; ${RUNS} runs, each import in a fresh profile`,
  );
  const app = await buildApp(process.cwd());
  const results = new Map<number, ImportRunResult[]>(LIBRARY_SIZES.map((size) => [size, []]));
  const problems = new Set<string>();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const size of LIBRARY_SIZES) {
        const profileBase = process.env.SM_BENCH_PROFILE;
        const traceBase = process.env.SM_BENCH_TRACE;
        const result = await runImport({
          appRoot: app.root,
          folder,
          files: FILES,
          prefill: prefill.slice(0, size),
          step: STEP,
          timeoutMs: TIMEOUT_MS,
          ...(profileBase && run === 0 ? { profilePath: `${profileBase}.${size}.cpuprofile` } : {}),
          ...(traceBase && run === 0 ? { tracePath: `${traceBase}.${size}.json` } : {}),
        });
        results.get(size)!.push(result);
        result.problems.forEach((problem) => problems.add(`library of ${size}: ${problem}`));
        console.log(
          `run ${run + 1}, library of ${size}: ` +
            (result.seconds === null
              ? 'no report'
              : `${result.seconds} s (${round(FILES / result.seconds, 1)} files/s), ` +
                `per 1,000 files ${result.splitSeconds.join(' / ')} s`) +
            `, ${result.longTasks} long tasks (${result.longTaskSeconds} s); page busy ` +
            `${result.pageSeconds.task} s (script ${result.pageSeconds.script}, style ` +
            `${result.pageSeconds.style}, layout ${result.pageSeconds.layout})`,
        );
      }
    }
  } finally {
    await app.dispose();
    await rm(filesDir, { recursive: true, force: true });
  }
  const sizes = LIBRARY_SIZES.map((size) => figuresOf(size, results.get(size)!));
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const targets: Record<string, TargetResult> = {
    // The last thousand files into the largest library against the first into the empty
    // one (which includes the folder's scan)...
    lastThousandToFirst: ratio(first.splitSeconds[0]?.median, last.splitSeconds.at(-1)?.median),
    // ...and whole imports against each other, per 1,000 files, the scan spread over both.
    per1000LargestToEmpty: ratio(first.per1000Seconds?.median, last.per1000Seconds?.median),
    ...Object.fromEntries(sizes.map((s) => [`filesPerSecondAt${s.librarySize}`, speedTarget(s)])),
  };
  for (const [name, target] of Object.entries(targets))
    console.log(`${name}: ${target.value ?? '—'} (target ${target.target}): ${verdict(target)}`);
  for (const problem of problems) console.log(`problem: ${problem}`);
  printResults('ingest-ui', {
    files: FILES,
    runs: RUNS,
    perStep: STEP,
    sizes: Object.fromEntries(sizes.map((s) => [s.librarySize, s])),
    targets,
    problems: capped([...problems]),
  });
}

await main();
