/**
 * Where a path really leads, for the grant decisions (`path-grants.ts`): the one piece of
 * file-system I/O they need.
 */
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** True when nothing at all is at `path` (not even a dangling link). */
async function isAbsent(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return false;
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/**
 * The real path of `path` (made absolute), links followed. A path that does not exist yet
 * (a deleted source the watcher must still report missing) resolves to the real path of
 * its deepest existing folder plus the missing names. Answers `undefined` when where it
 * leads cannot be told: a dangling link or a link loop (its target could appear anywhere
 * later), or a part the OS will not let us look at. Never throws.
 */
export async function resolveRealPath(path: string): Promise<string | undefined> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...missing);
    } catch {
      // Only a name with nothing behind it may be carried over as written.
      if (!(await isAbsent(current))) return undefined;
      const parent = dirname(current);
      if (parent === current) return undefined;
      missing.unshift(basename(current));
      current = parent;
    }
  }
}
