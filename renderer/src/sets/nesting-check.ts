/**
 * Whether a picked JSON file nests deeper than `MAX_JSON_DEPTH`, judged in a worker while
 * the page decodes and parses the file: on the page the scan cost 0.3–0.4 s of a
 * 100,000-annotation import, in a row before the parse. Parsing first is safe because V8's
 * `JSON.parse` does not recurse (a 10-million-deep array parses in Chromium 156); the
 * readers after it do, so `read-set-file.ts` waits for this answer before it looks at what
 * was parsed. Where there is no `Worker` (unit tests under Node), or the worker fails, the
 * answer is `undefined` and the reader scans the text itself, as before.
 */
/** The module worker, bundled by Vite (same origin: `worker-src 'self'`). */
function createNestingWorker(): Worker {
  return new Worker(new URL('./nesting-check.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts judging `file`; `undefined` when it could not be judged off the page. */
export function nestsTooDeep(file: Blob): Promise<boolean | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = createNestingWorker();
    } catch {
      resolve(undefined);
      return;
    }
    worker.onmessage = (event: MessageEvent<boolean>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      resolve(undefined);
      worker.terminate();
    };
    worker.postMessage(file);
  });
}
