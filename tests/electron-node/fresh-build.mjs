/**
 * Rebuilds the app (electron-vite) when `out/` is missing or older than its sources, so the
 * main-process smoke test never judges a stale bundle, also on a fresh clone where
 * `npm run check` runs before any build. The caller holds the shared build lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['main', 'preload', 'renderer', 'electron.vite.config.ts'];
// Tests are not bundled: editing one must not cost a build.
const isNotBundled = (name) => name === 'node_modules' || /\.test\.tsx?$/.test(name);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (!isNotBundled(name)) newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** True when a build output is missing or older than any bundled source under `root`. */
export function isBuildStale(root) {
  const outputs = OUTPUTS.map((path) => join(root, path));
  if (!outputs.every((path) => existsSync(path))) return true;
  const oldestOutput = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  const newestSource = Math.max(...SOURCES.map((path) => newestMtime(join(root, path))));
  return newestSource > oldestOutput;
}

/**
 * Runs `electron-vite build` in `root` when the build is stale; throws with the build's
 * output when it fails. Answers whether it built.
 */
export function ensureFreshBuild(root) {
  if (!isBuildStale(root)) return false;
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 5 * 60 * 1000,
  });
  if (build.status !== 0) {
    throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return true;
}
