/**
 * The verification of a backup while it is written: each chunk, as read back from the
 * host's disk, is handed over at once and digested (`file-digester.ts`), so reading the
 * file back and digesting it no longer follow the export, they run beside it. In the
 * browser the digesting runs in a worker (`backup-verify.worker.ts`), on another core than
 * the export's spelling; where there is no `Worker` (unit tests under Node) it runs on the
 * page, the same code.
 */
import type { BackupManifest } from '../../../preload/api';
import {
  digestChunks,
  type ChunkDigest,
  type FromVerifyWorker,
  type StreamedDigest,
  type ToVerifyWorker,
} from './chunk-digest';

export type { StreamedDigest } from './chunk-digest';

export interface StreamedVerification extends ChunkDigest {
  /** Stops the digesting (a write given up); `finish` is then never asked. */
  stop(): void;
}

/** The module worker, bundled by Vite (same origin: `worker-src 'self'`). */
function createVerifyWorker(): Worker {
  return new Worker(new URL('./backup-verify.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a verification of a file written with digest `formatVersion`. */
export function startStreamedVerification(
  formatVersion: BackupManifest['formatVersion'],
  onRows?: (rows: number) => void,
): StreamedVerification {
  if (typeof Worker === 'undefined') {
    const inPage = digestChunks(formatVersion, onRows);
    return { ...inPage, stop: () => {} };
  }
  const worker = createVerifyWorker();
  let settle: ((digest: StreamedDigest) => void) | undefined;
  const finished = new Promise<StreamedDigest>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<FromVerifyWorker>) => {
    if (event.data.kind === 'rows') onRows?.(event.data.rows);
    else {
      settle?.(event.data.digest);
      worker.terminate();
    }
  };
  worker.onerror = () => {
    settle?.({ kind: 'lost' });
    worker.terminate();
  };
  const post = (message: ToVerifyWorker) => worker.postMessage(message);
  post({ kind: 'start', formatVersion });
  return {
    push: (chunk) => post({ kind: 'chunk', chunk }),
    finish(tableNames) {
      post({ kind: 'finish', tableNames });
      return finished;
    },
    stop: () => worker.terminate(),
  };
}
