/**
 * Saved pages read as a folder import reads them in the app: through the HTML reader's
 * worker pool (main/ingest/html/html-runner.ts), two files in flight (`mapBounded`, as
 * `ingestFiles`). The worker is bundled from the current sources; benchmarks run bundled
 * elsewhere, so paths are named from the repository root (the working directory).
 */
import { join } from 'node:path';
import { bundleWorker } from '../../main/ingest/documents/testing/bundle-document-worker';
import type { SourceMeta } from '../../main/ingest/build-article';
import type { IngestOutcome } from '../../main/ingest/ingest-bytes';
import {
  createHtmlWorkerRunner,
  MAX_HTML_WORKERS,
  type HtmlWorkerRunner,
} from '../../main/ingest/html/html-runner';
import { mapBounded } from '../../main/ingest/map-bounded';

const root = process.cwd();

/** The app's HTML worker pool, started and warmed on `warmUp` (every worker has read a page). */
export async function startHtmlPool(warmUp: { bytes: Uint8Array; meta: SourceMeta }[]) {
  const url = await bundleWorker(
    join(root, 'main', 'ingest', 'html', 'html-worker.ts'),
    join(root, 'node_modules', '.cache', 'sm-document-worker'),
  );
  const runner: HtmlWorkerRunner = createHtmlWorkerRunner(url);
  await Promise.all(warmUp.map(({ bytes, meta }) => runner(bytes, meta)));
  return runner;
}

/** Reads `files` through `runner` as `ingestFiles` does: `MAX_HTML_WORKERS` in flight, in order. */
export function readThroughPool(
  runner: HtmlWorkerRunner,
  files: readonly { bytes: Uint8Array; meta: SourceMeta }[],
): Promise<IngestOutcome[]> {
  return mapBounded(files, MAX_HTML_WORKERS, ({ bytes, meta }) => runner(bytes, meta));
}
