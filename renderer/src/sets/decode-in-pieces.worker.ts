/**
 * Decodes a picked file off the page's thread and hands its text over in pieces, so the page
 * can parse each piece (`NativeLineReader`) while the next is decoded. UTF-8, a leading byte
 * order mark kept, as `fileText` decodes.
 */
import { PIECE_CHARS, type FromDecodeWorker } from './decode-in-pieces-protocol';

/** The parts of a dedicated worker's global scope used here (the renderer's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: FromDecodeWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data: file }) => {
  try {
    const decoded = file
      .stream()
      .pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true }))
      .getReader();
    let held = '';
    for (;;) {
      const { done, value } = await decoded.read();
      if (done) break;
      held += value;
      if (held.length < PIECE_CHARS) continue;
      scope.postMessage({ kind: 'piece', text: held });
      held = '';
    }
    scope.postMessage({ kind: 'end', text: held });
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    });
  }
};
