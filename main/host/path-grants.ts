/**
 * Which paths main may read: only what the user handed it (a dialog, a drop, the command
 * line, typed paths in browser mode), the library's remembered sources and the bundled
 * samples. A renderer, even a compromised one, can name any path; it cannot make main read
 * one the user never gave. The decisions here are pure, over paths already resolved by
 * `resolveRealPath`; the store that holds the grants is `path-grant-store.ts`.
 */
import { isAbsolute, relative, sep } from 'node:path';

/** The grants in force: files by their absolute path, folders by their real path. */
export interface GrantSet {
  /**
   * Absolute, normalised paths (`path.resolve`) of granted files. Matched as written: the
   * user chose that name, so a file granted through a link is read through it.
   */
  files: ReadonlySet<string>;
  /** Real paths (links resolved) of granted folders, each covering what lies under it. */
  folders: readonly string[];
}

/** A requested path, resolved once so every decision about it sees the same answer. */
export interface ResolvedRequest {
  /** `path.resolve` of the request: `..` removed, links not followed. */
  path: string;
  /**
   * Its real path (links followed, see `resolveRealPath`); `undefined` when it cannot be
   * told where the path leads (a dangling link, a part that cannot be looked at).
   */
  realPath: string | undefined;
}

/**
 * True when `inner` is `folder` itself or lies under it. Both must be absolute and
 * normalised. Compared by path segments, so `/data/news-old` is not under `/data/news`,
 * while a child named `..draft` is under its folder.
 */
export function isWithinFolder(folder: string, inner: string): boolean {
  const rest = relative(folder, inner);
  if (rest === '') return true;
  return rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/**
 * True when `request` may be read: it is a granted file, named as granted, or its real
 * path lies under a granted folder's real path. Comparing real paths is what refuses a
 * link inside a granted folder that leads out of it, and `..` never survives `resolve`.
 * A path whose real path is unknown is covered by file grants only.
 */
export function isGranted(grants: GrantSet, request: ResolvedRequest): boolean {
  if (grants.files.has(request.path)) return true;
  const { realPath } = request;
  if (realPath === undefined) return false;
  return grants.folders.some((folder) => isWithinFolder(folder, realPath));
}
