/**
 * One cheap look at a watched file: a `stat`, never a read. The watcher compares these
 * looks with what the library knows and reads a file again only when its size or
 * modification time moved.
 */
import { stat } from 'node:fs/promises';

/** What a path holds right now. */
export type SourceLook =
  | { kind: 'file'; sizeBytes: number; modifiedAtMs: number }
  /** Nothing there, or something that is not a regular file (a folder put in its place). */
  | { kind: 'missing' }
  /** There, but the OS refuses to say more (permissions, a symlink loop). */
  | { kind: 'unreadable' };

// ENOTDIR: a folder on the way was replaced by a file; the article's file is gone as well.
const GONE_CODES = new Set(['ENOENT', 'ENOTDIR']);

/** Stats `path` (following symbolic links, as ingestion does). Never throws. */
export async function lookAtSource(path: string): Promise<SourceLook> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'missing' };
    // Rounded as ingestion stores it (`modifiedAtMs` of the article).
    return { kind: 'file', sizeBytes: info.size, modifiedAtMs: Math.round(info.mtimeMs) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'string' && GONE_CODES.has(code)
      ? { kind: 'missing' }
      : { kind: 'unreadable' };
  }
}

/** True when two looks cannot be told apart. */
export function isSameLook(a: SourceLook, b: SourceLook): boolean {
  if (a.kind !== 'file' || b.kind !== 'file') return a.kind === b.kind;
  return a.sizeBytes === b.sizeBytes && a.modifiedAtMs === b.modifiedAtMs;
}

/**
 * Runs `task` over `items` with at most `limit` at a time, answering results in input
 * order: thousands of watched files cost thousands of `stat`s, never thousands at once.
 */
export async function mapInBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
