/**
 * Moves a backup between the page and the host in bounded chunks, so neither side holds a
 * second whole copy in one message and progress can be shown by bytes. Chunks are raw bytes
 * (`SourcemarkApi['backup']`): base64 in JSON cost most of a large backup's time in the
 * bridge's `fetch` and in decoding.
 */
import type { Result } from '../../../preload/api';

/** Bytes per host call: under the host's bound on a chunk (8 MB), few calls. */
export const HOST_CHUNK_BYTES = 4 * 1024 * 1024;

const unwrap = <T>(answer: Result<T>): T => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

/** Sends `file` through `write`, a chunk per call; `onProgress` gets the bytes sent. */
export async function sendToHost(
  file: Blob,
  write: (bytes: Uint8Array) => Promise<Result<number>>,
  onProgress?: (bytes: number) => void,
): Promise<void> {
  const chunkAt = async (at: number) =>
    new Uint8Array(await file.slice(at, at + HOST_CHUNK_BYTES).arrayBuffer());
  // The next chunk is read from the Blob while the host writes this one.
  let next = file.size > 0 ? chunkAt(0) : undefined;
  for (let at = 0; next; at += HOST_CHUNK_BYTES) {
    const bytes = await next;
    next = at + HOST_CHUNK_BYTES < file.size ? chunkAt(at + HOST_CHUNK_BYTES) : undefined;
    unwrap(await write(bytes));
    onProgress?.(Math.min(file.size, at + HOST_CHUNK_BYTES));
  }
}

/** Reads `size` bytes through `read`, a chunk per call, into a Blob. */
export async function readFromHost(
  size: number,
  read: (offset: number, length: number) => Promise<Result<Uint8Array>>,
  onProgress?: (bytes: number) => void,
): Promise<Blob> {
  const parts: Blob[] = [];
  for (let at = 0; at < size; at += HOST_CHUNK_BYTES) {
    const bytes = unwrap(await read(at, Math.min(HOST_CHUNK_BYTES, size - at)));
    if (bytes.length === 0) break;
    parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    onProgress?.(at + bytes.length);
  }
  return new Blob(parts, { type: 'application/json' });
}
