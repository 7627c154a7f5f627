/**
 * Moves a backup between the page and the host in bounded chunks, so neither side holds a
 * second whole copy in one message and progress can be shown by bytes. Chunks are raw bytes
 * (`SourcemarkApi['backup']`): base64 in JSON cost most of a large backup's time in the
 * bridge's `fetch` and in decoding. They cross as Blobs both ways, so the page never copies
 * them into its heap: in Chromium 156 a `Uint8Array` fetch body cost ~0.4 s of the page's
 * thread per 4 MB chunk (a 52 MB backup: 7.8 s to send, 0.4 s as Blobs), and reading a
 * response's bytes rather than its Blob 2.5x the time.
 */
import type { Result } from '../../../preload/api';

/** Bytes per host call: under the host's bound on a chunk (8 MB), few calls. */
export const HOST_CHUNK_BYTES = 4 * 1024 * 1024;

export const unwrap = <T>(answer: Result<T>): T => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

/** Reads `size` bytes through `read`, a chunk per call, into a Blob. */
export async function readFromHost(
  size: number,
  read: (offset: number, length: number) => Promise<Result<Blob>>,
  onProgress?: (bytes: number) => void,
): Promise<Blob> {
  const parts: Blob[] = [];
  for (let at = 0; at < size; at += HOST_CHUNK_BYTES) {
    const chunk = unwrap(await read(at, Math.min(HOST_CHUNK_BYTES, size - at)));
    if (chunk.size === 0) break;
    parts.push(chunk);
    onProgress?.(at + chunk.size);
  }
  return new Blob(parts, { type: 'application/json' });
}
