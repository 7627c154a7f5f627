/**
 * The grants of one running host: what the user handed it in this run, plus the library's
 * sources remembered from earlier runs (`granted-sources-file.ts`). Decisions are
 * `isGranted` (`path-grants.ts`); this module only holds the grants and resolves paths.
 */
import { resolve } from 'node:path';
import type { GrantedSourcesFile } from './granted-sources-file';
import { isGranted, type GrantSet } from './path-grants';
import { resolveRealPath } from './resolve-real-path';

/** Requested paths sorted by grant, each list in the order given, as given. */
export interface SortedPaths {
  granted: string[];
  refused: string[];
}

export interface PathGrantStore {
  /** Lets main read these files (named as given, made absolute) for the rest of this run. */
  grantFiles(paths: readonly string[]): Promise<void>;
  /**
   * Lets main read the folder at `path` and everything whose real path lies under its real
   * path, for the rest of this run. A folder whose real path cannot be told (a dangling
   * link) grants nothing.
   */
  grantFolder(path: string): Promise<void>;
  /**
   * Remembers files main was granted and has ingested, the library's sources, so they stay
   * readable after a restart. Resolves once they are written; a failed write is logged,
   * not thrown: the import itself succeeded.
   */
  rememberSources(paths: readonly string[]): Promise<void>;
  /** Sorts `paths` into those main may read and those it must refuse. Never throws. */
  sortPaths(paths: readonly string[]): Promise<SortedPaths>;
}

export interface PathGrantStoreOptions {
  /** Where the library's sources are remembered; without it they last for this run only. */
  sourcesFile?: GrantedSourcesFile;
}

/** A store holding the remembered sources (once loaded) and nothing else yet. */
export function createPathGrantStore(options: PathGrantStoreOptions = {}): PathGrantStore {
  const files = new Set<string>();
  const folders: string[] = [];
  const grants: GrantSet = { files, folders };
  const remembered = new Set<string>();
  const { sourcesFile } = options;

  // Every grant and check runs after the ones before it: a check made right after a
  // folder grant (or at start, before the remembered sources are loaded) sees it.
  let queue: Promise<unknown> = (async () => {
    for (const path of (await sourcesFile?.load()) ?? []) {
      files.add(path);
      remembered.add(path);
    }
  })();
  const enqueue = <T>(task: () => Promise<T> | T): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    grantFiles: (paths) =>
      enqueue(() => {
        for (const path of paths) files.add(resolve(path));
      }),
    grantFolder: (path) =>
      enqueue(async () => {
        const realPath = await resolveRealPath(path);
        if (realPath !== undefined && !folders.includes(realPath)) folders.push(realPath);
      }),
    rememberSources: (paths) =>
      enqueue(async () => {
        const added = [...new Set(paths.map((path) => resolve(path)))].filter(
          (path) => !remembered.has(path),
        );
        for (const path of added) {
          files.add(path);
          remembered.add(path);
        }
        if (!sourcesFile || added.length === 0) return;
        await sourcesFile.append(added).catch((error: unknown) => {
          console.error('[sourcemark] could not remember the library sources', error);
        });
      }),
    sortPaths: (paths) =>
      enqueue(async () => {
        const sorted: SortedPaths = { granted: [], refused: [] };
        for (const path of paths) {
          const absolute = resolve(path);
          // The cheap test first: a library's sources are all file grants.
          const realPath =
            files.has(absolute) || folders.length === 0
              ? undefined
              : await resolveRealPath(absolute);
          const isAllowed = isGranted(grants, { path: absolute, realPath });
          (isAllowed ? sorted.granted : sorted.refused).push(path);
        }
        return sorted;
      }),
  };
}
