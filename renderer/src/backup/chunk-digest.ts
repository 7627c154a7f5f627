/**
 * Digesting a backup's bytes chunk after chunk, in order, wherever it runs: on the page or in
 * the verification's worker (`streamed-verification.ts`, `backup-verify.worker.ts`). Apart
 * from the worker's module so the worker bundles none of the page's side.
 */
import type { BackupManifest, BackupTableSummary } from '../../../preload/api';
import { createFileDigester } from './file-digester';
import { TypedRowFound } from './revive-row';

/** What the digest of the pushed chunks came to. */
export type StreamedDigest =
  | { kind: 'digested'; tables: BackupTableSummary[] }
  /** A row only the library's importer revives: the file is verified through it instead. */
  | { kind: 'typed' }
  | { kind: 'unreadable'; detail: string }
  /** The worker could not run or stopped: the file is digested on the page instead. */
  | { kind: 'lost' };

export interface ChunkDigest {
  /** The next bytes of the file as read back from disk, in order. */
  push(chunk: Blob): void;
  /** Once every chunk is pushed: each of `tableNames`' count and digest. */
  finish(tableNames: readonly string[]): Promise<StreamedDigest>;
}

/** Messages to the worker, and back. */
export type ToVerifyWorker =
  | { kind: 'start'; formatVersion: BackupManifest['formatVersion'] }
  | { kind: 'chunk'; chunk: Blob }
  | { kind: 'finish'; tableNames: readonly string[] };
export type FromVerifyWorker =
  { kind: 'rows'; rows: number } | { kind: 'finished'; digest: StreamedDigest };

/** The digesting itself, chunk after chunk in order, wherever it runs. */
export function digestChunks(
  formatVersion: BackupManifest['formatVersion'],
  onRows?: (rows: number) => void,
): ChunkDigest {
  const digester = createFileDigester(formatVersion);
  let failure: StreamedDigest | undefined;
  let queue = Promise.resolve();
  const fail = (error: unknown) => {
    failure ??=
      error instanceof TypedRowFound
        ? { kind: 'typed' }
        : { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  };
  /** Every step settles: a chunk that cannot be read is a failure, never a stalled queue. */
  const take = async (read: () => Promise<ArrayBuffer | Uint8Array>, isLast: boolean) => {
    if (failure) return;
    try {
      const rows = digester.accept(await read(), isLast);
      onRows?.(rows);
    } catch (error) {
      fail(error);
    }
  };
  return {
    push(chunk) {
      queue = queue.then(() => take(() => chunk.arrayBuffer(), false));
    },
    async finish(tableNames) {
      await queue;
      await take(async () => new Uint8Array(0), true);
      if (failure) return failure;
      try {
        return { kind: 'digested', tables: await digester.finish(tableNames) };
      } catch (error) {
        fail(error);
        return failure!;
      }
    },
  };
}
