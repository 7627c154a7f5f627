/**
 * Finds a worker thread's bundled script beside the running bundle. electron-vite writes
 * each worker as an entry of its own beside `index.js` and `bridge.js`, while the module
 * asking may be bundled into the entry or into a shared chunk in `chunks/`: both places
 * are looked at.
 */
import { existsSync } from 'node:fs';

/**
 * The `file:` URL of `fileName` beside `from` or one folder up, or `undefined` (as when
 * running the TypeScript sources under Vitest, where no bundle exists).
 */
export function locateWorkerScript(fileName: string, from: string): URL | undefined {
  return [`./${fileName}`, `../${fileName}`]
    .map((candidate) => new URL(candidate, from))
    .find((url) => existsSync(url));
}
