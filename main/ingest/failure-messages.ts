/**
 * The sentences the user reads about files that were not imported: every one names the
 * file and says why in plain words, so a report of 40 skipped files needs no lookup.
 */
import { basename } from 'node:path';
import type { IngestFailure, IngestFailureReason } from '../../preload/api';
import { MAX_FILE_BYTES, MAX_FOLDER_DEPTH, MAX_FOLDER_FILES, SUPPORTED_EXTENSIONS } from './limits';

/**
 * `bytes` in MB (MiB, as file managers count) to one decimal, rounded up so that a file
 * one byte over the 20 MB limit reads "20.1 MB", never "20 MB". Whole numbers lose the
 * decimal: "20 MB".
 */
export function formatMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${Number.isInteger(mb) ? mb.toString() : mb.toFixed(1)} MB`;
}

/** The size limit as shown to users: "20 MB". */
export const FILE_LIMIT_TEXT = formatMegabytes(MAX_FILE_BYTES);

// Files dropped in a browser have no path: the contract names them `dropped:<name>`.
const DROPPED = 'dropped:';

function quoted(path: string): string {
  const name = path.startsWith(DROPPED) ? path.slice(DROPPED.length) : basename(path);
  return `"${name || path}"`;
}

/** A failure for `path` with `message`. */
export function failure(path: string, reason: IngestFailureReason, message: string): IngestFailure {
  return { path, reason, message };
}

/** `"photo.txt" is not text: it looks like a PNG image.` */
export function binaryFailure(path: string, why: string): IngestFailure {
  return failure(path, 'binary', `${quoted(path)} is not text: ${why}.`);
}

/** Empty file, or nothing but whitespace, or (for HTML) no readable text. */
export function emptyFailure(
  path: string,
  what: 'no bytes' | 'only whitespace' | 'no readable text',
): IngestFailure {
  const detail = what === 'no bytes' ? 'is empty' : `is empty: it has ${what}`;
  return failure(path, 'empty', `${quoted(path)} ${detail}.`);
}

/** Larger than its format's limit (`MAX_FILE_BYTES` unless given): states the size and the limit. */
export function tooLargeFailure(
  path: string,
  sizeBytes: number,
  limitBytes: number = MAX_FILE_BYTES,
): IngestFailure {
  const limit = limitBytes === MAX_FILE_BYTES ? FILE_LIMIT_TEXT : formatMegabytes(limitBytes);
  return failure(
    path,
    'too-large',
    `${quoted(path)} is too large to import: ${formatMegabytes(sizeBytes)} (limit ${limit}).`,
  );
}

/** A document whose parts expand past what ingestion reads (a zip bomb, or a huge text). */
export function expandsTooMuchFailure(path: string, what: string): IngestFailure {
  return failure(path, 'too-large', `${quoted(path)} is too large to import: ${what}.`);
}

/** An extraction that did not finish in time. */
export function tooSlowFailure(path: string, seconds: number): IngestFailure {
  return failure(
    path,
    'too-large',
    `${quoted(path)} could not be read within ${seconds} s: it is too large or too complex.`,
  );
}

/** A PDF with pages but no text: a scan. */
export function noTextLayerFailure(path: string): IngestFailure {
  return failure(
    path,
    'no-text-layer',
    `${quoted(path)} has no text layer: it looks scanned; run OCR first.`,
  );
}

/** A document that needs a password. */
export function encryptedFailure(path: string): IngestFailure {
  return failure(
    path,
    'encrypted',
    `${quoted(path)} is password protected: save an unprotected copy to import it.`,
  );
}

/** A PDF or DOCX whose structure cannot be read; `why` says what is wrong. */
export function corruptFailure(path: string, why: string): IngestFailure {
  return failure(path, 'corrupt', `${quoted(path)} could not be read: ${why}.`);
}

/** No encoding gives readable text. */
export function undecodableFailure(path: string, why: string): IngestFailure {
  return failure(path, 'undecodable', `${quoted(path)} could not be decoded as text: ${why}.`);
}

/** An extension that is not an article format. */
export function unsupportedTypeFailure(path: string): IngestFailure {
  const list = SUPPORTED_EXTENSIONS.join(', ');
  return failure(
    path,
    'unsupported-type',
    `${quoted(path)} was skipped: only ${list} files are imported.`,
  );
}

/** Not a regular file: a folder, a device, a pipe. */
export function notAFileFailure(path: string, what: string): IngestFailure {
  return failure(path, 'not-a-file', `${quoted(path)} is not a file: it is ${what}.`);
}

/** A folder path that is not a folder. */
export function notAFolderFailure(path: string): IngestFailure {
  return failure(path, 'not-a-file', `${quoted(path)} is not a folder, so it cannot be scanned.`);
}

/** A link leading back to itself or to a folder it sits in. */
export function symlinkLoopFailure(path: string): IngestFailure {
  return failure(
    path,
    'symlink-loop',
    `${quoted(path)} was skipped: it is a link that leads back to itself or to a folder it is in (a loop).`,
  );
}

/**
 * A path the user never handed to Sourcemark (a dialog, a drop, the command line): main
 * reads only those, so a page cannot make it read any file on the machine.
 */
export function notOpenedFailure(path: string, what: 'file' | 'folder' = 'file'): IngestFailure {
  const how =
    what === 'file' ? 'Open files, Open folder, a drop or the command line' : 'Open folder';
  return failure(
    path,
    'not-opened',
    `Sourcemark may only read ${what}s you opened: ${quoted(path)} was not opened with ${how}. Open it again to import it.`,
  );
}

/** Folders nested deeper than `MAX_FOLDER_DEPTH`. */
export function tooDeepFailure(path: string): IngestFailure {
  return failure(
    path,
    'too-many-files',
    `${quoted(path)} was not scanned: it is nested more than ${MAX_FOLDER_DEPTH} folders deep.`,
  );
}

/** The files past `MAX_FOLDER_FILES` in one scan. */
export function tooManyFilesFailure(root: string, count: number): IngestFailure {
  const limit = MAX_FOLDER_FILES.toLocaleString('en-US');
  const more = `${count.toLocaleString('en-US')} more ${count === 1 ? 'file' : 'files'}`;
  return failure(
    root,
    'too-many-files',
    `${more} in ${quoted(root)} were not listed: one folder scan lists at most ${limit} files. Import a subfolder to reach them.`,
  );
}

/** Skipped entries past `MAX_FOLDER_FILES`, counted rather than listed. */
export function tooManySkippedFailure(root: string, count: number): IngestFailure {
  return failure(
    root,
    'too-many-files',
    `${count.toLocaleString('en-US')} more files in ${quoted(root)} were skipped (unsupported or unreadable) without being listed one by one.`,
  );
}

/** A link whose target is gone. */
export function brokenLinkFailure(path: string): IngestFailure {
  return failure(
    path,
    'unreadable',
    `${quoted(path)} could not be read: it is a link to something that no longer exists.`,
  );
}

const OS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'it is a link that leads back to itself',
  ENAMETOOLONG: 'its path is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'it is in use',
  ETIMEDOUT: 'the disk or network share did not answer',
};

/** The OS reason of a file-system error, in words, with its code: `permission denied (EACCES)`. */
export function describeOsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return `${OS_REASONS[code] ?? 'the system refused'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** A file or folder the OS would not let us read. */
export function unreadableFailure(path: string, error: unknown): IngestFailure {
  return failure(
    path,
    'unreadable',
    `${quoted(path)} could not be read: ${describeOsError(error)}.`,
  );
}
