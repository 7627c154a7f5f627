/**
 * An export's file cut into chunks the host appends one by one. Text is cut between code
 * points, never inside a surrogate pair, so encoding each chunk to UTF-8 on its own gives
 * exactly the bytes of the whole text encoded at once; bytes (a zip) travel as base64,
 * which JSON and IPC carry alike.
 */
import type { ExportChunkEncoding } from '../../../preload/api';

/** One chunk as the host's `exportFile.append` takes it. */
export interface ContentChunk {
  data: string;
  encoding: ExportChunkEncoding;
}

/**
 * Characters (or bytes) per chunk: big enough that a call's cost is the data, not the call,
 * and small enough that handing one to the host stays a short task on the page's thread
 * (in browser mode a 1 MB chunk's `fetch` took 100–200 ms of it under load; the export
 * bench's CPU profile).
 */
export const CHUNK_UNITS = 256 * 1024;

/** The chunks of `content`, in order; none for an empty file. */
export function* contentChunks(
  content: string | Uint8Array,
  size: number = CHUNK_UNITS,
): Generator<ContentChunk> {
  if (typeof content === 'string') {
    for (let at = 0; at < content.length;) {
      let end = Math.min(at + size, content.length);
      // A cut between the halves of a surrogate pair moves so the pair stays in one chunk:
      // back, or forward when the pair is all the chunk holds.
      if (end < content.length && isHighSurrogate(content.charCodeAt(end - 1)))
        end += end - at > 1 ? -1 : 1;
      yield { data: content.slice(at, end), encoding: 'utf8' };
      at = end;
    }
    return;
  }
  // A multiple of 3 bytes: each chunk's base64 has no padding inside the file's.
  const bytes = size - (size % 3) || 3;
  for (let at = 0; at < content.length; at += bytes)
    yield { data: toBase64(content.subarray(at, at + bytes)), encoding: 'base64' };
}

/** How many chunks `content` makes, for progress. */
export function chunkCount(content: string | Uint8Array, size: number = CHUNK_UNITS): number {
  const units = typeof content === 'string' ? size : size - (size % 3) || 3;
  return Math.ceil(content.length / units);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Base64 of `bytes`, built a slice at a time (`String.fromCharCode` takes bounded arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step)
    binary += String.fromCharCode(...bytes.subarray(at, at + step));
  return btoa(binary);
}
