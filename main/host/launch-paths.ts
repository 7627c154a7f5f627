/**
 * Article paths given on the command line (`npm start -- article.txt`, or a packaged
 * `sourcemark article.txt`). Plain Node so both shells and the tests share it.
 */
import { resolve } from 'node:path';

/**
 * Picks the article paths out of an argv: skips the executable (and, when not packaged, the
 * app folder Electron was started with), flags, and anything after a lone `--` is kept as a
 * path. Relative paths resolve against `cwd` (npm runs scripts from the package folder, so
 * callers pass `INIT_CWD`, the folder the user typed the command in).
 */
export function parseLaunchPaths(
  argv: readonly string[],
  options: { skip: number; cwd: string },
): string[] {
  const paths: string[] = [];
  let onlyPathsFollow = false;
  for (const arg of argv.slice(options.skip)) {
    if (!onlyPathsFollow && arg === '--') {
      onlyPathsFollow = true;
      continue;
    }
    if (!onlyPathsFollow && arg.startsWith('-')) continue;
    if (arg.length === 0) continue;
    paths.push(resolve(options.cwd, arg));
  }
  return paths;
}

/** Hands each launch path out once, so a reload does not import the files again. */
export function createLaunchPathQueue(initial: string[]): { take(): string[] } {
  let pending = [...initial];
  return {
    take() {
      const taken = pending;
      pending = [];
      return taken;
    },
  };
}
