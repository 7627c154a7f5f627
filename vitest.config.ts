import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'main/**/*.test.ts',
      'preload/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      // The built main process under a fake Electron (builds out/ first when stale).
      'tests/electron-node/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
