/**
 * The real desktop app, through Playwright's _electron: first run and the security settings.
 * Runs wherever an Electron binary and a display exist; skips with a printed reason here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { findElectron } from './electron-binary';

const found = findElectron();
if ('skipReason' in found) console.warn(`[electron e2e] skipped: ${found.skipReason}`);

test.describe('desktop app', () => {
  test.skip('skipReason' in found, 'skipReason' in found ? found.skipReason : '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeEach(async () => {
    if (!('path' in found)) return;
    dataDir = await mkdtemp(join(tmpdir(), 'sourcemark-electron-'));
    app = await electron.launch({
      executablePath: found.path,
      // The repository folder, as electron-vite starts it: package.json points at out/main.
      args: [join(import.meta.dirname, '..', '..')],
      env: { ...process.env, SOURCEMARK_USER_DATA: dataDir },
    });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('first run opens on the bundled sample articles, served from app://', async () => {
    expect(page.url()).toMatch(/^app:\/\/sourcemark\//);
    const library = page.getByRole('table', { name: 'Library' });
    await expect(library.getByRole('row')).toHaveCount(3); // header + two samples
    await expect(library).toContainText('Un plan d');
  });

  test('the page has no Node and the window has the secure preferences', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const web = BrowserWindow.getAllWindows()[0]!.webContents;
      return (
        web as unknown as { getLastWebPreferences(): Record<string, unknown> }
      ).getLastWebPreferences();
    });
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  test('navigation to an external URL is refused', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/sourcemark\//);
  });

  test('window.open is refused', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
