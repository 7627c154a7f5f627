/**
 * Lists the article files under a folder, recursively, without reading any of them.
 *
 * The list is what the renderer then ingests in chunks, with progress; everything passed
 * over is reported with its reason, except hidden entries (dot-names: `.git`, `.DS_Store`),
 * which no one expects to import.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { FolderScan, IngestFailure } from '../../preload/api';
import { formatOfName } from './article-format';
import {
  brokenLinkFailure,
  notAFileFailure,
  notAFolderFailure,
  symlinkLoopFailure,
  tooDeepFailure,
  tooManyFilesFailure,
  tooManySkippedFailure,
  unreadableFailure,
  unsupportedTypeFailure,
} from './failure-messages';
import { MAX_FOLDER_DEPTH, MAX_FOLDER_FILES } from './limits';

interface Walk {
  /** Real path of the scan root: links into it are scanned in place instead. */
  rootReal: string;
  files: string[];
  skipped: IngestFailure[];
  filesOverflow: number;
  skippedOverflow: number;
  /** Real paths of the folders being walked, root to current: a link to one is a loop. */
  ancestors: Set<string>;
  /** Real paths of every folder walked, so no folder is listed twice. */
  visited: Set<string>;
}

type EntryKind = 'folder' | 'file' | 'other';

const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders paths folder by folder, comparing names by UTF-16 code units: the same order on
 * every machine and locale, and the order of a depth-first walk ("a/z" before "a-b").
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split(sep);
  const right = b.split(sep);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = codeUnitOrder(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

function skip(walk: Walk, failure: IngestFailure): void {
  if (walk.skipped.length < MAX_FOLDER_FILES) walk.skipped.push(failure);
  else walk.skippedOverflow++;
}

function describeOther(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/** The kind of an entry, following links; `undefined` when it was reported as skipped. */
async function kindOf(walk: Walk, path: string, entry: Dirent): Promise<EntryKind | undefined> {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  // Links, and entries whose type the file system does not report, need a stat.
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'folder';
    if (info.isFile()) return 'file';
    skip(walk, notAFileFailure(path, describeOther(info)));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') skip(walk, symlinkLoopFailure(path));
    else if (code === 'ENOENT' && entry.isSymbolicLink()) skip(walk, brokenLinkFailure(path));
    else skip(walk, unreadableFailure(path, error));
  }
  return undefined;
}

async function enterFolder(walk: Walk, path: string, real: string, depth: number): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH) {
    skip(walk, tooDeepFailure(path));
    return;
  }
  walk.visited.add(real);
  walk.ancestors.add(real);
  await walkFolder(walk, path, real, depth);
  walk.ancestors.delete(real);
}

/** True when `real` lies under `rootReal` on a path the walk takes (no hidden folder). */
function isWalkedInPlace(rootReal: string, real: string): boolean {
  // A root of "/" already ends with the separator.
  const prefix = rootReal.endsWith(sep) ? rootReal : rootReal + sep;
  if (!real.startsWith(prefix)) return false;
  return !real
    .slice(prefix.length)
    .split(sep)
    .some((segment) => segment.startsWith('.'));
}

async function visitLinkedFolder(walk: Walk, path: string, depth: number): Promise<void> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    skip(
      walk,
      errorCode(error) === 'ELOOP' ? symlinkLoopFailure(path) : unreadableFailure(path, error),
    );
    return;
  }
  if (walk.ancestors.has(real)) {
    skip(walk, symlinkLoopFailure(path));
    return;
  }
  // A link to a folder already walked, or to one inside the root (walked in place, under
  // its real name), would list the same files twice, or exponentially often through
  // chains of links: it is passed over without a report, since its files are listed.
  if (walk.visited.has(real) || isWalkedInPlace(walk.rootReal, real)) return;
  await enterFolder(walk, path, real, depth);
}

async function walkFolder(
  walk: Walk,
  folder: string,
  folderReal: string,
  depth: number,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    skip(walk, unreadableFailure(folder, error));
    return;
  }
  entries.sort((a, b) => codeUnitOrder(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const kind = await kindOf(walk, path, entry);
    if (kind === 'folder') {
      if (entry.isSymbolicLink()) await visitLinkedFolder(walk, path, depth + 1);
      else await enterFolder(walk, path, join(folderReal, entry.name), depth + 1);
    } else if (kind === 'file') {
      if (formatOfName(entry.name) === undefined) skip(walk, unsupportedTypeFailure(path));
      else if (walk.files.length < MAX_FOLDER_FILES) walk.files.push(path);
      else walk.filesOverflow++;
    }
  }
}

/**
 * Lists the files under `root` (made absolute) whose extension is supported, recursively,
 * without opening them, in `comparePaths` order.
 *
 * Hidden entries (names starting with ".") are passed over silently. Everything else not
 * listed is in `skipped` with its reason: other extensions (`unsupported-type`), pipes and
 * devices (`not-a-file`), folders or links that cannot be read (`unreadable`), links that
 * lead back into their own folder (`symlink-loop`, naming the link), folders nested deeper
 * than `MAX_FOLDER_DEPTH` and files past `MAX_FOLDER_FILES` (`too-many-files`, the latter
 * as one entry with a count). Links to folders are followed, each real folder walked once.
 * A root that is missing or not a folder gives an empty list and one skipped entry.
 * Never throws.
 */
export async function scanFolder(root: string): Promise<FolderScan> {
  const rootPath = resolve(root);
  const scan: FolderScan = { root: rootPath, files: [], skipped: [] };
  let rootReal: string;
  try {
    const info = await stat(rootPath);
    if (!info.isDirectory()) {
      scan.skipped.push(notAFolderFailure(rootPath));
      return scan;
    }
    rootReal = await realpath(rootPath);
  } catch (error) {
    const code = errorCode(error);
    scan.skipped.push(
      code === 'ELOOP' ? symlinkLoopFailure(rootPath) : unreadableFailure(rootPath, error),
    );
    return scan;
  }

  const walk: Walk = {
    rootReal,
    files: scan.files,
    skipped: scan.skipped,
    filesOverflow: 0,
    skippedOverflow: 0,
    ancestors: new Set([rootReal]),
    visited: new Set([rootReal]),
  };
  await walkFolder(walk, rootPath, rootReal, 0);
  // The walk already visits names in order; sorting states the contract outright.
  scan.files.sort(comparePaths);
  if (walk.filesOverflow > 0) scan.skipped.push(tooManyFilesFailure(rootPath, walk.filesOverflow));
  if (walk.skippedOverflow > 0)
    scan.skipped.push(tooManySkippedFailure(rootPath, walk.skippedOverflow));
  return scan;
}
