/**
 * Decoding a large picked file in a worker, so the page stays responsive while a set is
 * read: on a 64 MB set, decoding alone held the page's thread for a second. The text comes
 * in pieces (a string of 127 MB is not copied in one message) and is joined here.
 */
import type { FromDecodeWorker } from './decode-in-pieces-protocol';
import { fileText } from './file-text';

/** Below this, a worker's start costs more than it saves: the page decodes the file itself. */
const WORKER_FROM_BYTES = 1024 * 1024;

export interface DecodePort {
  onmessage: ((event: MessageEvent<FromDecodeWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(file: Blob): void;
  terminate(): void;
}

/** The module worker, bundled by Vite (same origin: `worker-src 'self'`). */
function createDecodeWorker(): DecodePort {
  return new Worker(new URL('./decode-in-pieces.worker.ts', import.meta.url), { type: 'module' });
}

/** The text of `file`, decoded as `fileText` decodes it, off the page's thread when large. */
export async function decodeOffThread(file: Blob): Promise<string> {
  const pieces: string[] = [];
  await decodeInPieces(file, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * Calls `onPiece` with the text of `file`, in order, piece by piece; resolves once all is
 * handed over. Small files, and pages without workers (unit tests), decode in one piece on
 * this thread. A file that cannot be read rejects, as `fileText` does.
 */
async function decodeInPieces(
  file: Blob,
  onPiece: (text: string) => void,
  createWorker: () => DecodePort = createDecodeWorker,
): Promise<void> {
  if (file.size < WORKER_FROM_BYTES || typeof Worker === 'undefined') {
    onPiece(await fileText(file));
    return;
  }
  const worker = createWorker();
  try {
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.kind === 'failed') return reject(new Error(data.reason));
        try {
          onPiece(data.text);
        } catch (error) {
          return reject(error as Error);
        }
        if (data.kind === 'end') resolve();
      };
      worker.onerror = (event) =>
        reject(new Error(event.message || 'The file could not be decoded.'));
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}
