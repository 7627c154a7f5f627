/**
 * Which files the library asks its host to watch. Pure: from article rows to the list
 * `sources.watch` takes. Uploads (`dropped:` names) have no file on disk and are left out.
 */
import type { WatchedSource } from '../../../preload/api';
import type { ArticleRecord } from '../db/records';
import { fileNameOf } from '../format/file-name';

/** Most sources registered at once (the host's bound); the newest articles come first. */
export const MAX_WATCHED_SOURCES = 20_000;

type SourceFields = Pick<
  ArticleRecord,
  'id' | 'sourcePath' | 'sizeBytes' | 'modifiedAtMs' | 'textSha256' | 'addedAt' | 'sourceMissing'
>;

/** True when `path` names a file on disk (an absolute POSIX or Windows path). */
export function isFileSource(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/**
 * The article that follows the file at a path when several came from it (the file was
 * imported again after it changed): the one added last. Its text is the file's latest.
 */
export function followingArticle<Row extends SourceFields>(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>(
    (latest, row) => (latest === undefined || row.addedAt > latest.addedAt ? row : latest),
    undefined,
  );
}

/**
 * One `WatchedSource` per file path, from the article that follows it, newest articles
 * first and at most `MAX_WATCHED_SOURCES`. A path already marked missing is sent as such,
 * so the host does not report it again.
 */
export function watchListOf(articles: readonly SourceFields[]): WatchedSource[] {
  const byPath = new Map<string, SourceFields[]>();
  for (const article of articles) {
    if (!isFileSource(article.sourcePath)) continue;
    const rows = byPath.get(article.sourcePath);
    if (rows) rows.push(article);
    else byPath.set(article.sourcePath, [article]);
  }
  return [...byPath.values()]
    .map((rows) => followingArticle(rows)!)
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0))
    .slice(0, MAX_WATCHED_SOURCES)
    .map((article) => ({
      path: article.sourcePath,
      sizeBytes: article.sizeBytes,
      modifiedAtMs: article.modifiedAtMs,
      textSha256: article.textSha256,
      ...(article.sourceMissing ? { isMissing: true } : {}),
    }));
}

/** True when `a` and `b` register the same files with the same values, in the same order. */
export function sameSources(a: readonly WatchedSource[], b: readonly WatchedSource[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((source, n) => {
    const other = b[n]!;
    return (
      source.path === other.path &&
      source.sizeBytes === other.sizeBytes &&
      source.modifiedAtMs === other.modifiedAtMs &&
      source.textSha256 === other.textSha256 &&
      source.isMissing === other.isMissing
    );
  });
}

/**
 * What to tell the analyst about library files the host would not watch: files never
 * opened in Sourcemark on this host (a library from before it remembered its sources, or
 * from another machine), whose changes go unnoticed until they are opened again.
 */
export function describeRefusedSources(paths: readonly string[]): string {
  const [first] = paths;
  const which =
    paths.length === 1 && first !== undefined
      ? `“${fileNameOf(first)}” is`
      : `${paths.length} source files are`;
  return `${which} not followed for changes: Sourcemark may only read files you opened. Open ${paths.length === 1 ? 'it' : 'them'} again (Open files or Open folder) to follow ${paths.length === 1 ? 'its' : 'their'} changes.`;
}
