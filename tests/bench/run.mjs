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
// `{ error: "..." }` when it could not be built, exited non-zero or printed no results line.
// A benchmark exits 0 whenever it ran, whatever it measured (tests/bench/report.ts), so
// missed targets never make this runner fail. A crash does (exit 1): then the benchmarks
// did not run, and a broken benchmark must not pass quietly in CI; the line still holds
// every figure the others measured.
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
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

function run(script) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--expose-gc', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let results;
    let pending = '';
    // The end of stderr names the crash in the final line's `error`.
    let stderrTail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk).slice(-2000);
    });
    const onLine = (line) => {
      if (line.startsWith('{"benchmarks"')) {
        try {
          results = JSON.parse(line).benchmarks;
          return;
        } catch {
          // Not our line after all: show it.
        }
      }
      console.log(`  ${line}`);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.on('close', (code, signal) => {
      if (pending) onLine(pending);
      // Killed by a signal (out of memory, say): `code` is null, the signal says why.
      resolvePromise({ code: code ?? signal, results, stderrTail });
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
// The line of a crash's stderr that names it: the first after Node's caret under the
// throwing line (an uncaught error), else the first that is not a frame, caret, brace or
// version line.
const NOISE = /^\s*(at |\^|node:internal|triggerUncaughtException|Node\.js v|[{}[\]]|$)/;
const crashLine = (text) => {
  const lines = text.split('\n');
  const caret = lines.findLastIndex((line) => /^\s*\^\s*$/.test(line));
  const found = lines.slice(caret + 1).find((line) => !NOISE.test(line));
  return (found ?? 'no message').trim().slice(0, 500);
};
for (const entry of entries) {
  const name = basename(entry);
  // A crash has no results to name it: it is keyed by the file (`sets-chromium.bench.ts`
  // → `sets-chromium`).
  const stem = name.replace(/\.bench\.ts$/, '');
  console.log(`▶ ${name}`);
  const started = performance.now();
  try {
    const script = await bundle(entry);
    const { code, results, stderrTail } = await run(script);
    if (!results) {
      merged[stem] = {
        error: `exit ${code}, no results line: ${crashLine(stderrTail)}`,
      };
      console.log(`✗ ${name} failed (exit ${code}, no results line)`);
    } else if (code !== 0) {
      // Figures printed before a late crash (cleanup, say) are kept, and marked.
      for (const [key, result] of Object.entries(results))
        merged[key] = { ...result, error: `exit ${code} after its results line` };
      console.log(`✗ ${name} exited ${code} after its results`);
    } else {
      Object.assign(merged, results);
      console.log(`✓ ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
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
