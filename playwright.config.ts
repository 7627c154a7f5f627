import { defineConfig } from '@playwright/test';

// End-to-end tests run the production renderer build (`npm run build` first; `npm run
// test:e2e` does it). `e2e`: Debian Chromium against the loopback bridge; `electron`: the
// real desktop app through Playwright's _electron, skipped where no binary exists.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // CI machines have 2 cores: one worker keeps each test's Chromium and bridge from
  // starving another's (two workers there made timing-sensitive specs flaky). A test that
  // passes only on its retry is still printed as "flaky", so a flake stays visible.
  workers: process.env.CI ? 1 : undefined,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
