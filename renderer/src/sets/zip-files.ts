/**
 * Zipping a multi-file export and reading a zipped import (brat, SemEval, REFI-QDA), with
 * fflate, in memory. Reading never trusts the sizes an archive declares: each entry is
 * inflated in slices with a running total of the bytes it actually produces, stopped at the
 * cap, and its real size must equal its declared one.
 */
import { Inflate, strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ExportFile } from '../formats/shared/export-input';
import { readZipDirectory, ZipReadError, type ZipDirectoryEntry } from './zip-directory';

/**
 * The files as one zip archive (deflated), paths as given. Entries are stamped with
 * `modifiedAt` when given (the export time), else now: a fixed stamp makes the archive's
 * bytes reproducible, as the REFI-QDA export promises.
 */
export function zipFiles(files: readonly ExportFile[], modifiedAt?: string): Promise<Uint8Array> {
  return zipPieces(
    files.map((f) => ({ path: f.path, pieces: [f.content] })),
    modifiedAt,
  );
}

/** A file to zip given as pieces of text whose concatenation is its content. */
export interface ZipPiecesEntry {
  path: string;
  pieces: readonly string[];
}

/**
 * `zipFiles` for content given in pieces: each piece is encoded and deflated as it comes,
 * so a 64 MB file is never one string nor one byte array before compression. fflate's
 * streaming `Zip` writes the archive; the deflating is the engine's own zlib
 * (`CompressionStream('deflate-raw')`, in Chromium and in Node) where there is one, and
 * fflate's where not. Native zlib deflated the REFI-QDA export of 100,000 annotations
 * (64 MB of XML) 6.5 times faster than fflate's level 2, into a smaller file. The same
 * pieces and stamp give the same bytes on one engine.
 */
export async function zipPieces(
  entries: readonly ZipPiecesEntry[],
  modifiedAt?: string,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    parts.push(chunk);
    size += chunk.length;
  });
  const mtime = modifiedAt === undefined ? new Date() : modifiedAt;
  for (const entry of entries) {
    if (typeof CompressionStream === 'function') await addNativelyDeflated(zip, entry, mtime);
    else addDeflated(zip, entry, mtime);
  }
  zip.end();
  // fflate's synchronous streams call back before `end` returns.
  if (failure) throw failure;
  return concat(parts, size);
}

/** `entry` deflated by fflate, piece by piece. */
function addDeflated(zip: Zip, entry: ZipPiecesEntry, mtime: string | Date): void {
  const file = new ZipDeflate(entry.path, { level: DEFLATE_LEVEL });
  file.mtime = mtime;
  zip.add(file);
  if (entry.pieces.length === 0) file.push(new Uint8Array(0), true);
  entry.pieces.forEach((piece, n) => file.push(strToU8(piece), n === entry.pieces.length - 1));
}

/**
 * `entry` deflated by the engine's zlib. fflate's pass-through entry counts the size and
 * CRC-32 of the pieces as given; its output is replaced by the deflated bytes, handed on
 * once the deflating is done (as fflate's documentation says a custom compression may).
 */
async function addNativelyDeflated(
  zip: Zip,
  entry: ZipPiecesEntry,
  mtime: string | Date,
): Promise<void> {
  const file = new NativelyDeflated(entry.path);
  file.mtime = mtime;
  zip.add(file);
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const compressed = readAll(stream.readable);
  let last = new Uint8Array(0);
  for (const piece of entry.pieces) {
    // Each piece goes to zlib and to the CRC; the last is counted once zlib is done.
    if (last.length > 0) file.push(last, false);
    last = utf8.encode(piece);
    await writer.write(last);
  }
  await writer.close();
  file.deflated = await compressed;
  file.push(last, true);
}

const utf8 = new TextEncoder();

class NativelyDeflated extends ZipPassThrough {
  deflated: Uint8Array<ArrayBuffer>[] = [];

  constructor(path: string) {
    super(path);
    this.compression = 8;
  }

  override process(_chunk: Uint8Array, final: boolean): void {
    // The pieces as given only feed the size and CRC (`push`); the deflated bytes go out.
    if (!final) return;
    if (this.deflated.length === 0) this.ondata(null, new Uint8Array(0), true);
    this.deflated.forEach((chunk, n) => this.ondata(null, chunk, n === this.deflated.length - 1));
  }
}

async function readAll(
  readable: ReadableStream<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read())
    chunks.push(read.value);
  return chunks;
}

/**
 * fflate's level 2 rather than its default 6, where the engine has no zlib: measured on
 * the REFI-QDA export of 100,000 annotations (64 MB of XML), deflating took about 0.6 of
 * the time for a 5 % larger file (10.5 MB against 10.0 MB); level 1 was no faster than 2.
 */
const DEFLATE_LEVEL = 2;

/** Most uncompressed bytes an imported zip may expand to, counted as inflated. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Most entries an imported zip may hold (a brat set of 25,000 articles, folders aside). */
export const MAX_ZIP_ENTRIES = 50_000;

/** What reading a zip may cost; tests lower them. */
export interface UnzipLimits {
  maxBytes: number;
  maxEntries: number;
}

const DEFAULT_LIMITS: UnzipLimits = { maxBytes: MAX_UNZIPPED_BYTES, maxEntries: MAX_ZIP_ENTRIES };

/** Compressed bytes pushed per step: one step outputs at most ~16 MB (deflate's 1:1032). */
const SLICE_BYTES = 16 * 1024;

/** Output between two pauses that let the page paint and take input. */
const YIELD_BYTES = 8 * 1024 * 1024;

/**
 * The text files of a zip (UTF-8, a byte order mark kept: corpora count it as a character
 * of the article; readers of data files drop it), folders and macOS resource forks skipped.
 * Rejects with a readable message, naming the entry at fault, when the archive is damaged,
 * holds more than `maxEntries` entries, expands past `maxBytes`, or has an entry whose real
 * size is not the one its directory declares. Pauses between large slices so the page
 * stays responsive.
 */
export async function unzipTextFiles(
  bytes: Uint8Array,
  limits: UnzipLimits = DEFAULT_LIMITS,
): Promise<ExportFile[]> {
  const entries = readZipDirectory(bytes, limits.maxEntries);
  const files: ExportFile[] = [];
  const budget = { left: limits.maxBytes, sinceYield: 0, limit: limits.maxBytes };
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const entry of entries) {
    if (entry.name.endsWith('/') || entry.name.includes('__MACOSX/')) continue;
    const data = await inflateEntry(entry, budget);
    if (data.length !== entry.declaredSize) {
      throw new ZipReadError(
        `The zip is damaged: ${entry.name} holds ${data.length} bytes where the archive says ${entry.declaredSize}.`,
      );
    }
    files.push({ path: entry.name, content: utf8.decode(data) });
  }
  return files;
}

interface Budget {
  /** Bytes the archive may still produce. */
  left: number;
  sinceYield: number;
  readonly limit: number;
}

async function inflateEntry(entry: ZipDirectoryEntry, budget: Budget): Promise<Uint8Array> {
  const tooLarge = () =>
    new ZipReadError(
      `The zip expands to over ${sizeText(budget.limit)} (at ${entry.name}); it is refused unread.`,
    );
  if (entry.method === 0) {
    if (entry.data.length > budget.left) throw tooLarge();
    budget.left -= entry.data.length;
    return entry.data;
  }
  if (entry.method !== 8) {
    throw new ZipReadError(`The zip is damaged: ${entry.name} uses an unknown compression.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    chunks.push(chunk);
    size += chunk.length;
  });
  const compressed = entry.data;
  for (let at = 0; at < compressed.length; at += SLICE_BYTES) {
    const before = size;
    try {
      inflate.push(
        compressed.subarray(at, at + SLICE_BYTES),
        at + SLICE_BYTES >= compressed.length,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ZipReadError(`The zip is damaged: ${entry.name} does not inflate (${reason}).`);
    }
    if (size > budget.left) throw tooLarge();
    budget.sinceYield += size - before;
    if (budget.sinceYield >= YIELD_BYTES) {
      budget.sinceYield = 0;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }
  budget.left -= size;
  return concat(chunks, size);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
