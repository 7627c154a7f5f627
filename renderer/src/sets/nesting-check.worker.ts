/**
 * The worker of `nesting-check.ts`: reads the picked file's bytes itself (a `File` crosses
 * to a worker as a handle, not a copy) and answers whether it nests too deeply.
 */
import { exceedsJsonDepthInBytes } from '../formats/native/json-depth';

/** The parts of a dedicated worker's global scope used here (the renderer's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(tooDeep: boolean): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void event.data
    .arrayBuffer()
    .then((buffer) => scope.postMessage(exceedsJsonDepthInBytes(new Uint8Array(buffer))));
};
