/**
 * The worker digesting a backup's chunks as they are written (`streamed-verification.ts`):
 * the parse and the digests of a 100,000-annotation backup took ~2.5 s of the page's
 * thread after the file was written; here they run beside the export, on another core.
 */
import {
  digestChunks,
  type ChunkDigest,
  type FromVerifyWorker,
  type ToVerifyWorker,
} from './chunk-digest';

/** The parts of a dedicated worker's global scope used here (the renderer's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToVerifyWorker>) => void) | null;
  postMessage(message: FromVerifyWorker): void;
}

const scope = self as unknown as WorkerScope;
let digesting: ChunkDigest | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'start')
    digesting = digestChunks(message.formatVersion, (rows) =>
      scope.postMessage({ kind: 'rows', rows }),
    );
  else if (message.kind === 'chunk') digesting?.push(message.chunk);
  else
    void digesting
      ?.finish(message.tableNames)
      .then((digest) => scope.postMessage({ kind: 'finished', digest }));
};
