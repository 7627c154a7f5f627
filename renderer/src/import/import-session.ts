/**
 * One import, from paths, a folder or dropped files to articles in the library.
 *
 * Independent of React so it can be tested with a fake host. The host ingests in chunks of
 * `IMPORT_CHUNK_SIZE` files: each chunk is stored in its own transaction as soon as it
 * arrives, so progress is real, a cancel keeps what is already stored, and one host error
 * loses one chunk, never the import. Host errors become report entries; nothing throws.
 */
import type {
  FolderPages,
  IngestBatch,
  IngestedArticle,
  Result,
  SourcemarkApi,
} from '../../../preload/api';
import { fileNameOf } from '../format/file-name';
import { addIngestedArticles, type AddArticlesReport } from '../library/article-repository';
import { storedSitePages } from '../library/stored-site-pages';
import { emptyReport, type ImportReport } from './import-report';

/** What to import. Paths are absolute paths on the host's machine. */
export type ImportRequest =
  | { kind: 'paths'; paths: readonly string[] }
  | { kind: 'folder'; root: string }
  | { kind: 'dropped'; files: readonly File[] };

/** Where an import stands, for the progress bar. */
export interface ImportProgress {
  /** `scanning` while a folder is listed (the total is not known yet), then `ingesting`. */
  phase: 'scanning' | 'ingesting';
  done: number;
  total: number;
  /** The file (or folder) being worked on, for display. */
  currentFile: string | null;
}

/** The host calls an import needs. */
export type ImportHost = Pick<
  SourcemarkApi['library'],
  'scanFolder' | 'ingestFiles' | 'ingestDropped'
>;

/** How an import reaches the host and the library, and how it reports back. */
export interface ImportOptions {
  host: ImportHost;
  /**
   * What the library holds from the folders of some paths, sent with each ingest call so
   * the host can tell site chrome; defaults to the library repository.
   */
  storedPages?: (paths: readonly string[]) => Promise<FolderPages[]>;
  /** Stores one chunk of articles; defaults to the library repository. */
  store?: (articles: IngestedArticle[]) => Promise<AddArticlesReport>;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the import before its next chunk; the chunk in flight is not stored. */
  signal?: AbortSignal;
  chunkSize?: number;
}

/** Files per host call: small enough for steady progress, large enough to keep IPC cheap. */
export const IMPORT_CHUNK_SIZE = 25;

const ABORTED = Symbol('aborted');

/** `promise`, or `ABORTED` as soon as `signal` aborts (the host call itself runs on). */
function unlessAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T | typeof ABORTED> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A host call that should answer a Result but might reject (a broken transport). */
async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: describeError(error) } };
  }
}

/** The items of a request, each with the path and name a report can show. */
interface Items {
  count: number;
  pathAt(index: number): string;
  ingest(from: number, to: number): Promise<Result<IngestBatch>>;
}

function pathItems(options: ImportOptions, paths: readonly string[]): Items {
  const readStored = options.storedPages ?? storedSitePages;
  return {
    count: paths.length,
    pathAt: (index) => paths[index] ?? '',
    ingest: (from, to) =>
      settle(async () => {
        const chunk = paths.slice(from, to);
        // The next chunk is read ahead by the host while this one is stored.
        const upcoming = paths.slice(to, to + (to - from));
        return options.host.ingestFiles(chunk, await readStored(chunk), upcoming);
      }),
  };
}

function fileItems(host: ImportHost, files: readonly File[]): Items {
  return {
    count: files.length,
    pathAt: (index) => `dropped:${files[index]?.name ?? ''}`,
    ingest: (from, to) => settle(() => host.ingestDropped(files.slice(from, to))),
  };
}

/** Lists a folder; answers the items, or `null` after recording why there are none. */
async function scanItems(
  root: string,
  options: ImportOptions,
  report: ImportReport,
): Promise<Items | null | typeof ABORTED> {
  options.onProgress?.({ phase: 'scanning', done: 0, total: 0, currentFile: fileNameOf(root) });
  const scan = await unlessAborted(
    settle(() => options.host.scanFolder(root)),
    options.signal,
  );
  if (scan === ABORTED) return ABORTED;
  if (!scan.ok) {
    report.errors.push({ message: scan.error.message, paths: [root] });
    return null;
  }
  report.failures.push(...scan.value.skipped);
  if (scan.value.files.length === 0 && scan.value.skipped.length === 0) {
    report.errors.push({ message: `No files to import were found in “${root}”.`, paths: [] });
  }
  return pathItems(options, scan.value.files);
}

/** Stores one ingested chunk and records every outcome in `report`. */
async function storeChunk(
  batch: IngestBatch,
  options: ImportOptions,
  report: ImportReport,
): Promise<void> {
  report.failures.push(...batch.failures);
  if (batch.articles.length === 0) return;
  const store = options.store ?? addIngestedArticles;
  try {
    const { outcomes } = await store(batch.articles);
    for (const outcome of outcomes) {
      if (outcome.kind === 'added') {
        report.added.push({ id: outcome.id, title: outcome.title, sourcePath: outcome.sourcePath });
      } else {
        report.duplicates.push({
          sourcePath: outcome.sourcePath,
          existingTitle: outcome.existingTitle,
          existingId: outcome.existingId,
        });
      }
    }
  } catch (error) {
    // The chunk's transaction rolled back: none of its articles is in the library.
    report.errors.push({
      message: `The library could not save these articles: ${describeError(error)}`,
      paths: batch.articles.map((article) => article.sourcePath),
    });
  }
}

/** Runs one import to its end (or its cancel) and reports every file. Never rejects. */
export async function runImport(
  request: ImportRequest,
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport();
  const { signal } = options;
  const items =
    request.kind === 'folder'
      ? await scanItems(request.root, options, report)
      : request.kind === 'dropped'
        ? fileItems(options.host, request.files)
        : pathItems(options, [...new Set(request.paths)]);

  if (items === ABORTED) return { ...report, isCancelled: true };
  if (items === null) return report;

  const chunkSize = Math.max(1, options.chunkSize ?? IMPORT_CHUNK_SIZE);
  const total = items.count;
  for (let done = 0; done < total; done += chunkSize) {
    const to = Math.min(total, done + chunkSize);
    options.onProgress?.({
      phase: 'ingesting',
      done,
      total,
      currentFile: fileNameOf(items.pathAt(done)),
    });
    const answer = signal?.aborted ? ABORTED : await unlessAborted(items.ingest(done, to), signal);
    if (answer === ABORTED) {
      return { ...report, isCancelled: true, notImported: total - done };
    }
    if (answer.ok) {
      await storeChunk(answer.value, options, report);
    } else {
      const paths = Array.from({ length: to - done }, (_, index) => items.pathAt(done + index));
      report.errors.push({ message: answer.error.message, paths });
    }
  }
  options.onProgress?.({ phase: 'ingesting', done: total, total, currentFile: null });
  return report;
}
