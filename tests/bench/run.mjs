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
// echoes the readable lines, merges the JSON objects, and prints the merged line last.
// Exit code 1 when any benchmark failed (the JSON line still lists the ones that ran).
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let results;
    let pending = '';
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
    child.on('close', (code) => {
      if (pending) onLine(pending);
      resolvePromise({ code, results });
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
let failed = false;
for (const entry of entries) {
  const name = basename(entry);
  console.log(`▶ ${name}`);
  const started = performance.now();
  try {
    const script = await bundle(entry);
    const { code, results } = await run(script);
    if (code !== 0 || !results) {
      failed = true;
      console.log(`✗ ${name} failed (exit ${code}${results ? '' : ', no results line'})`);
    } else {
      Object.assign(merged, results);
      console.log(`✓ ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    failed = true;
    console.log(`✗ ${name} could not be built: ${error instanceof Error ? error.message : error}`);
  }
}
await rm(outRoot, { recursive: true, force: true });
console.log(JSON.stringify({ benchmarks: merged }));
process.exitCode = failed ? 1 : 0;
