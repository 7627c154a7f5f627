import { defineConfig } from '@playwright/test';

// End-to-end tests run the production renderer build (`npm run build` first; `npm run
// test:e2e` does it). `e2e`: Debian Chromium against the loopback bridge; `electron`: the
// real desktop app through Playwright's _electron, skipped where no binary exists.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  retries: 0,
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
