/**
 * A backup written to the host while it is being made: parts are gathered into chunks of
 * `HOST_CHUNK_BYTES`, each chunk is written, then read back from the host's disk and handed
 * on (to the verification), while the export goes on spelling the next rows. Writing after
 * the export had made the whole file left the page idle for the write and the read back
 * (1.5 s of a 100,000-annotation backup's 11 s). Chunks go one at a time, in order: the
 * host appends them.
 */
import type { Result } from '../../../preload/api';
import { HOST_CHUNK_BYTES, unwrap } from './host-file-stream';

export interface HostWriteTarget {
  write(chunk: Blob): Promise<Result<number>>;
  readBack(offset: number, length: number): Promise<Result<Blob>>;
}

export interface HostWriteOptions {
  /** Each chunk as read back from disk, in order. */
  onReadBack?: (chunk: Blob) => void;
  /** Bytes written so far, of how many queued. */
  onWritten?: (written: number, queued: number) => void;
  signal?: AbortSignal;
}

export interface HostWriteStream {
  /** Queues `part` after what came before; throws the write's failure, so the export stops. */
  write(part: string | Blob): void;
  /** Writes what is queued and answers the file as read back from disk, whole. */
  close(): Promise<Blob>;
  /** Waits for the chunks already sent, whatever came of them: the write is given up. */
  abandon(): Promise<void>;
}

export function openHostWriteStream(
  target: HostWriteTarget,
  { onReadBack, onWritten, signal }: HostWriteOptions = {},
): HostWriteStream {
  let parts: (string | Blob)[] = [];
  /** UTF-16 units or bytes gathered: a chunk is sent once they reach `HOST_CHUNK_BYTES`. */
  let gathered = 0;
  let queued = 0;
  let written = 0;
  let failure: unknown;
  let sending = Promise.resolve();
  const readBack: Blob[] = [];

  const send = (chunk: Blob) => {
    queued += chunk.size;
    sending = sending.then(async () => {
      if (failure !== undefined) return;
      try {
        signal?.throwIfAborted();
        const at = written;
        unwrap(await target.write(chunk));
        written += chunk.size;
        onWritten?.(written, queued);
        const back = unwrap(await target.readBack(at, chunk.size));
        if (back.size !== chunk.size)
          throw new Error(
            `The host read back ${back.size} bytes where ${chunk.size} were written.`,
          );
        readBack.push(back);
        onReadBack?.(back);
      } catch (error) {
        failure = error;
      }
    });
  };

  const flush = () => {
    if (parts.length === 0) return;
    // Strings are encoded once, into one Blob; the host takes it in bounded slices.
    const blob = new Blob(parts);
    parts = [];
    gathered = 0;
    for (let at = 0; at < blob.size; at += HOST_CHUNK_BYTES)
      send(blob.slice(at, at + HOST_CHUNK_BYTES));
  };

  return {
    write(part) {
      if (failure !== undefined) throw failure;
      parts.push(part);
      gathered += typeof part === 'string' ? part.length : part.size;
      if (gathered >= HOST_CHUNK_BYTES) flush();
    },
    async close() {
      flush();
      await sending;
      if (failure !== undefined) throw failure;
      return new Blob(readBack, { type: 'application/json' });
    },
    async abandon() {
      parts = [];
      failure ??= new Error('The write was given up.');
      await sending;
    },
  };
}
