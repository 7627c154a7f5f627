// Runs every tests/bench/*.bench.ts and ends with one JSON line merging their results.
// `node tests/bench/run.mjs sets` runs only the benchmarks whose file name contains `sets`
// (several words: any of them), so one benchmark can be measured without the others.
//
// Benchmarks are TypeScript that imports the real app code. Node 20 cannot run .ts, so each
// one is bundled first with Vite's build API (already a dev dependency; npm packages stay
// external and load from node_modules as in the app), into node_modules/.cache, then run
// in its own `node --expose-gc` process so that its memory figures are its own.
//
// Each benchmark prints readable lines and, last, `{"benchmarks":{...}}`; this runner
// echoes the readable lines, merges the JSON objects, and prints the merged line last with
// a summary (`summary.mjs`): targets missed, targets unmeasured (timeouts), problems found,
// and crashes. Every benchmark that was started has an entry: its figures, or
// `{ error: "..." }` when it could not be built, exited non-zero, printed no results line or
// ran past `SM_BENCH_TIMEOUT_MINUTES` (default 90; then it is stopped, so one hung browser
// cannot keep the line from being printed) (`outcome.mjs`).
// A benchmark exits 0 whenever it ran, whatever it measured (tests/bench/report.ts), so
// missed targets never make this runner fail. A crash does (exit 1): then the benchmarks
// did not run, and a broken benchmark must not pass quietly in CI; the line still holds
// every figure the others measured.
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { entriesOf, resultsOfLine } from './outcome.mjs';
import { summariseResults } from './summary.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(benchDir, '..', '..');
// One folder per run: two runs at once (engineers sharing a checkout) must not delete each
// other's bundles when they clean up.
const outRoot = join(
  projectRoot,
  'node_modules',
  '.cache',
  'sourcemark-bench',
  String(process.pid),
);

async function bundle(entry) {
  const name = basename(entry, '.ts');
  const outDir = join(outRoot, name);
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: {
      ssr: relative(projectRoot, entry),
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return join(outDir, `${name}.mjs`);
}

const STDERR_TAIL = 32_000;
const timeoutMs = (Number(process.env.SM_BENCH_TIMEOUT_MINUTES) || 90) * 60_000;

function run(script) {
  return new Promise((resolvePromise) => {
    // Its own process group, so stopping it stops the bridge and browser it started too.
    const child = spawn(process.execPath, ['--expose-gc', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stopGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    // The runner interrupted (Ctrl-C): its benchmark goes with it, as without the group.
    const onInterrupt = () => {
      stopGroup('SIGTERM');
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    let timedOutAfterMs;
    const timer = setTimeout(() => {
      timedOutAfterMs = timeoutMs;
      console.log(`  stopping it: still running after ${timeoutMs / 60_000} min`);
      stopGroup('SIGTERM');
      // A benchmark stuck in a browser's cleanup may ignore SIGTERM.
      setTimeout(() => stopGroup('SIGKILL'), 10_000).unref();
    }, timeoutMs);
    let results;
    let pending = '';
    // The end of stderr names the crash in the final line's `error`.
    let stderrTail = '';
    let isStderrCut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      // Long enough for Playwright's call logs after the message.
      stderrTail += chunk;
      if (stderrTail.length > STDERR_TAIL) {
        stderrTail = stderrTail.slice(-STDERR_TAIL);
        isStderrCut = true;
      }
    });
    const onLine = (line) => {
      const found = resultsOfLine(line);
      // Every results line counts: a benchmark printing two keeps both.
      if (found) results = { ...results, ...found };
      else console.log(`  ${line}`);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
      if (pending) onLine(pending);
      // Killed by a signal (out of memory, say): `code` is null, the signal says why.
      // A cut tail starts inside a line: that part line could pass for the message.
      const tail = isStderrCut ? stderrTail.slice(stderrTail.indexOf('\n') + 1) : stderrTail;
      resolvePromise({ code: code ?? signal, results, stderrTail: tail, timedOutAfterMs });
    });
  });
}

const filters = process.argv.slice(2);
const entries = (await readdir(benchDir))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((word) => name.includes(word)))
  .sort()
  .map((name) => join(benchDir, name));

const merged = {};
for (const entry of entries) {
  const name = basename(entry);
  // A crash has no results to name it: it is keyed by the file (`sets-chromium.bench.ts`
  // → `sets-chromium`).
  const stem = name.replace(/\.bench\.ts$/, '');
  console.log(`▶ ${name}`);
  const started = performance.now();
  try {
    const script = await bundle(entry);
    const outcome = await run(script);
    const found = entriesOf({ stem, ...outcome });
    Object.assign(merged, found);
    const error = Object.values(found).find((result) => result.error)?.error;
    if (error) console.log(`✗ ${name}: ${error}`);
    else console.log(`✓ ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    merged[stem] = { error: `could not be built: ${message.slice(0, 500)}` };
    console.log(`✗ ${name} could not be built: ${message}`);
  }
}
await rm(outRoot, { recursive: true, force: true });
const summary = summariseResults(merged);
for (const [label, list] of Object.entries(summary))
  if (label !== 'ran' && list.length > 0) console.log(`${label}: ${list.join('; ')}`);
console.log(JSON.stringify({ benchmarks: merged, summary }));
process.exitCode = summary.errors.length > 0 ? 1 : 0;
