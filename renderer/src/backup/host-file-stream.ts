/**
 * Moves a backup between the page and the host in bounded chunks, so neither side holds a
 * second whole copy in one message and progress can be shown by bytes.
 */
import type { Result } from '../../../preload/api';
import { base64ToBytes, bytesToBase64 } from './base64-bytes';

/** Bytes per host call: under the bridge's body limit with base64's growth, few calls. */
export const HOST_CHUNK_BYTES = 4 * 1024 * 1024;

const unwrap = <T>(answer: Result<T>): T => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

/** Sends `file` through `write`, a chunk per call; `onProgress` gets the bytes sent. */
export async function sendToHost(
  file: Blob,
  write: (base64: string) => Promise<Result<number>>,
  onProgress?: (bytes: number) => void,
): Promise<void> {
  for (let at = 0; at < file.size; at += HOST_CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + HOST_CHUNK_BYTES).arrayBuffer());
    unwrap(await write(bytesToBase64(bytes)));
    onProgress?.(Math.min(file.size, at + HOST_CHUNK_BYTES));
  }
}

/** Reads `size` bytes through `read`, a chunk per call, into a Blob. */
export async function readFromHost(
  size: number,
  read: (offset: number, length: number) => Promise<Result<string>>,
  onProgress?: (bytes: number) => void,
): Promise<Blob> {
  const parts: Blob[] = [];
  for (let at = 0; at < size; at += HOST_CHUNK_BYTES) {
    const bytes = base64ToBytes(unwrap(await read(at, Math.min(HOST_CHUNK_BYTES, size - at))));
    if (bytes.length === 0) break;
    parts.push(new Blob([bytes]));
    onProgress?.(at + bytes.length);
  }
  return new Blob(parts, { type: 'application/json' });
}
