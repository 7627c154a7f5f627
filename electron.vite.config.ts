import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Layout: main/, preload/ and renderer/ at the repository root (see ARCHITECTURE.md).
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // `bridge` is the loopback HTTP host used by `npm run start:browser` and the
        // end-to-end tests: plain Node, built from the same handler table as IPC.
        // `document-worker` is the PDF/DOCX reader's worker thread, which both start from
        // beside their own bundle (main/ingest/documents/document-runner.ts); `html-worker`
        // is the saved-page reader's (main/ingest/html/html-runner.ts), started the same way.
        input: {
          index: resolve('main/index.ts'),
          bridge: resolve('main/bridge/cli.ts'),
          'document-worker': resolve('main/ingest/documents/document-worker.ts'),
          'html-worker': resolve('main/ingest/html/html-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can neither load ESM nor require npm modules: one CJS bundle.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
      // Readable function names in CPU profiles (see tests/bench/editor.bench.ts).
      minify: process.env.SM_NO_MINIFY ? false : undefined,
    },
    plugins: [react()],
  },
});
