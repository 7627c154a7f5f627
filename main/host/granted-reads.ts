/**
 * The file-system handlers behind the grants: ingest, scan and watch only what the user
 * opened (see `path-grants.ts`). A refused path is an answer (a `not-opened` failure or a
 * refused entry), never a thrown error, so one stray path never sinks an import.
 */
import { resolve } from 'node:path';
import type {
  FolderPages,
  FolderScan,
  IngestBatch,
  SourceRegistration,
  WatchedSource,
} from '../../preload/api';
import { notOpenedFailure } from '../ingest/failure-messages';
import { ingestFiles } from '../ingest/ingest-file';
import type { ReadAhead } from '../ingest/read-ahead';
import { scanFolder } from '../ingest/scan-folder';
import type { SourceWatcher } from '../ingest/watch/source-watcher';
import type { PathGrantStore } from './path-grant-store';

/**
 * Ingests the granted among `paths`; each other path answers a `not-opened` failure.
 * Failures stay in the order of `paths`. The files ingested are remembered as the
 * library's sources, so they stay readable after a restart. With `ahead`, the granted among
 * `upcoming` (the page's next chunk) are read ahead once this chunk is answered.
 */
export async function ingestGrantedFiles(
  grants: PathGrantStore,
  paths: readonly string[],
  stored?: readonly FolderPages[],
  ahead?: { upcoming: readonly string[]; readAhead: ReadAhead },
): Promise<IngestBatch> {
  const { granted, refused } = await grants.sortPaths(paths);
  const batch = await ingestFiles(granted, stored, ahead?.readAhead);
  if (ahead) ahead.readAhead.start((await grants.sortPaths(ahead.upcoming)).granted);
  await grants.rememberSources(batch.articles.map((article) => article.sourcePath));
  if (refused.length === 0) return batch;
  const order = new Map(paths.map((path, index) => [resolve(path), index] as const).reverse());
  const failures = [...batch.failures, ...refused.map((path) => notOpenedFailure(resolve(path)))];
  failures.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { ...batch, failures };
}

/**
 * Lists the files under `root` when the user opened it (or a folder holding it), and lets
 * main read what the scan listed: that includes files reached through the folder's own
 * links to other folders, which the scan follows on purpose (the user's folder leads
 * there); a path merely named through such a link, unlisted, stays refused.
 */
export async function scanGrantedFolder(grants: PathGrantStore, root: string): Promise<FolderScan> {
  const { refused } = await grants.sortPaths([root]);
  if (refused.length > 0) {
    const rootPath = resolve(root);
    return { root: rootPath, files: [], skipped: [notOpenedFailure(rootPath, 'folder')] };
  }
  const scan = await scanFolder(root);
  await grants.grantFiles(scan.files);
  return scan;
}

/**
 * Has `watcher` watch the granted among `sources` and answers which were refused.
 * Watching grants nothing: otherwise a page could register any file and read it back as
 * a "changed" article.
 */
export async function watchGrantedSources(
  grants: PathGrantStore,
  watcher: SourceWatcher,
  sources: readonly WatchedSource[],
): Promise<SourceRegistration> {
  const { granted, refused } = await grants.sortPaths(sources.map((source) => source.path));
  const allowed = new Set(granted);
  const watched = watcher.watch(sources.filter((source) => allowed.has(source.path)));
  return { watched, refused };
}
