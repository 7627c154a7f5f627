/**
 * Test support: the reader workers built from the current sources, as electron-vite builds
 * `out/main/document-worker.js` and `out/main/html-worker.js` (one ES module each, npm
 * packages left as imports). Plain Node cannot start a `.ts` worker, and `out/` may be
 * stale or absent.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';

const DOCUMENT_ENTRY = fileURLToPath(new URL('../document-worker.ts', import.meta.url));
const HTML_ENTRY = fileURLToPath(new URL('../../html/html-worker.ts', import.meta.url));
// Inside the repository, so the bundle's `import 'mammoth'` finds node_modules.
const CACHE = fileURLToPath(
  new URL('../../../../node_modules/.cache/sm-document-worker', import.meta.url),
);

/** Builds the document reader's worker (see `bundleWorker`). */
export const bundleDocumentWorker = (): Promise<URL> => bundleWorker(DOCUMENT_ENTRY);

/** Builds the saved-page reader's worker (see `bundleWorker`). */
export const bundleHtmlWorker = (): Promise<URL> => bundleWorker(HTML_ENTRY);

/**
 * Builds the worker `entry` and answers the `file:` URL of the bundle in `cache` (inside
 * the repository, so that its npm imports resolve), named by its content so that test
 * files building it at once share one file and runs leave no litter. Benchmarks, bundled
 * elsewhere, name both paths from the repository root.
 */
export async function bundleWorker(entry: string, cache: string = CACHE): Promise<URL> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: entry,
      write: false,
      minify: false,
      rolldownOptions: { output: { format: 'es', codeSplitting: false } },
    },
  })) as Rollup.RollupOutput;
  const [chunk, ...rest] = result.output;
  if (!chunk || chunk.type !== 'chunk' || rest.some((file) => file.type === 'chunk')) {
    throw new Error(`the worker ${entry} did not bundle into one file`);
  }
  const file = join(
    cache,
    `${createHash('sha256').update(chunk.code).digest('hex').slice(0, 16)}.mjs`,
  );
  await mkdir(cache, { recursive: true });
  // Written aside, then renamed: another test file may be writing the same bundle.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, chunk.code);
  await rename(partial, file);
  return pathToFileURL(file);
}
