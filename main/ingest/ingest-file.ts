/**
 * Files on disk to articles: the file-system checks around `ingestBytes`.
 *
 * Everything that can be refused without reading is refused before opening the file (a
 * folder, a pipe, an unsupported extension, a size over the limit), so importing a folder
 * of videos or a 4 GB log costs one `stat` per file.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FolderPages, IngestBatch } from '../../preload/api';
import { formatOfName } from './article-format';
import {
  notAFileFailure,
  symlinkLoopFailure,
  tooLargeFailure,
  unreadableFailure,
  unsupportedTypeFailure,
} from './failure-messages';
import type { IngestOutcome } from './ingest-bytes';
import { withSiteChrome } from './chrome/site-chrome';
import { ingestContent } from './ingest-content';
import { maxBytesOf } from './limits';
import { mapBounded } from './map-bounded';
import { ReadAhead } from './read-ahead';

const READ_CHUNK_BYTES = 1024 * 1024;
/** Files read at once by `ingestFiles`: as many as the reader pools have workers. */
const FILES_IN_FLIGHT = 2;
// O_NONBLOCK: if a path is swapped for a named pipe between `stat` and `open`, opening it
// must not wait forever for a writer. Windows has no such flag and no such pipes.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a non-regular file is, for the `not-a-file` message. */
function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

/**
 * Reads at most `limit + 1` bytes: one more than allowed tells a file that grew past the
 * limit after `stat` from one that fits exactly.
 */
async function readAtMost(handle: FileHandle, expected: number, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Sized to the file, plus the one byte that detects growth: no 1 MB buffer for 10 KB.
  let want = Math.min(expected + 1, limit + 1);
  while (total <= limit) {
    const buffer = Buffer.allocUnsafe(Math.min(want, limit + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead > 0) chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    // A short read of a regular file is its end; the usual file takes a single read.
    if (bytesRead < buffer.length) break;
    want = READ_CHUNK_BYTES;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

async function ingestRegularFile(path: string, info: Stats, limit: number): Promise<IngestOutcome> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) {
      return { kind: 'failure', failure: notAFileFailure(path, describeKind(opened)) };
    }
    const bytes = await readAtMost(handle, opened.size, limit);
    if (bytes.length > limit) {
      return {
        kind: 'failure',
        failure: tooLargeFailure(path, Math.max(opened.size, bytes.length), limit),
      };
    }
    return await ingestContent(bytes, {
      sourcePath: path,
      sourceName: basename(path),
      modifiedAtMs: Math.round(info.mtimeMs),
    });
  } finally {
    await handle.close();
  }
}

/**
 * Ingests the file at `path` (made absolute). Follows symbolic links. Answers a failure,
 * without opening the file, for a path that cannot be stat'ed (`unreadable` with the OS
 * reason, or `symlink-loop`), a folder or other non-regular file (`not-a-file`), an
 * unsupported extension (`unsupported-type`) or a size over its format's limit
 * (`maxBytesOf`: 20 MB for text, 50 MB for PDF and DOCX; `too-large`); otherwise reads it
 * (at most the limit, even if it grows meanwhile) and answers `ingestContent`. A path
 * swapped for a folder between `stat` and `open` is `not-a-file`. Never throws.
 */
export async function ingestFile(path: string): Promise<IngestOutcome> {
  const absolute = resolve(path);
  try {
    const info = await stat(absolute);
    if (!info.isFile()) {
      return { kind: 'failure', failure: notAFileFailure(absolute, describeKind(info)) };
    }
    const format = formatOfName(absolute);
    if (format === undefined) {
      return { kind: 'failure', failure: unsupportedTypeFailure(absolute) };
    }
    const limit = maxBytesOf(format);
    if (info.size > limit) {
      return { kind: 'failure', failure: tooLargeFailure(absolute, info.size, limit) };
    }
    return await ingestRegularFile(absolute, info, limit);
  } catch (error) {
    const isLoop = (error as { code?: unknown } | null)?.code === 'ELOOP';
    const failure = isLoop ? symlinkLoopFailure(absolute) : unreadableFailure(absolute, error);
    return { kind: 'failure', failure };
  }
}

/**
 * Ingests `paths`, two at a time (one per reader worker: saved pages and documents are
 * read on both cores, while never more than two files are held in memory or open at once),
 * and sorts the outcomes into articles and failures, each in the order of `paths`. Page
 * dumps from one folder in the same call then share what their site's chrome is
 * (`withSiteChrome`). With `readAhead`, files it read ahead are taken from it. Never throws.
 */
export async function ingestFiles(
  paths: readonly string[],
  stored: readonly FolderPages[] = [],
  readAhead?: ReadAhead,
): Promise<IngestBatch> {
  const batch: IngestBatch = { articles: [], failures: [] };
  const outcomes = readAhead
    ? await readAhead.take(paths)
    : await mapBounded(paths, FILES_IN_FLIGHT, ingestFile);
  for (const outcome of outcomes) {
    if (outcome.kind === 'article') batch.articles.push(outcome.article);
    else batch.failures.push(outcome.failure);
  }
  // Dumps saved from one site into one folder tell each other what the site's chrome is.
  // So do the dumps of those folders already in the library (`stored`).
  batch.articles = withSiteChrome(batch.articles, stored);
  return batch;
}

/** A read-ahead of ingestion's next chunk, reading as `ingestFiles` does (`read-ahead.ts`). */
export function newReadAhead(): ReadAhead {
  return new ReadAhead(ingestFile, FILES_IN_FLIGHT);
}
