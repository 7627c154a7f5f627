/**
 * Test support: the document reader's worker built from the current sources, as
 * electron-vite builds `out/main/document-worker.js` (one ES module, npm packages left
 * as imports). Plain Node cannot start a `.ts` worker, and `out/` may be stale or absent.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';

const ENTRY = fileURLToPath(new URL('../document-worker.ts', import.meta.url));
// Inside the repository, so the bundle's `import 'mammoth'` finds node_modules.
const CACHE = fileURLToPath(
  new URL('../../../../node_modules/.cache/sm-document-worker', import.meta.url),
);

/**
 * Builds the worker and answers the `file:` URL of the bundle, named by its content so
 * that test files building it at once share one file and runs leave no litter.
 */
export async function bundleDocumentWorker(): Promise<URL> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: ENTRY,
      write: false,
      minify: false,
      rolldownOptions: { output: { format: 'es', codeSplitting: false } },
    },
  })) as Rollup.RollupOutput;
  const [chunk, ...rest] = result.output;
  if (!chunk || chunk.type !== 'chunk' || rest.some((file) => file.type === 'chunk')) {
    throw new Error('the document worker did not bundle into one file');
  }
  const file = join(
    CACHE,
    `${createHash('sha256').update(chunk.code).digest('hex').slice(0, 16)}.mjs`,
  );
  await mkdir(CACHE, { recursive: true });
  // Written aside, then renamed: another test file may be writing the same bundle.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, chunk.code);
  await rename(partial, file);
  return pathToFileURL(file);
}
