/**
 * The `app` fixture: a fresh bridge process and a fresh Chromium profile per test, so every
 * test starts on an empty library. `restart()` closes the browser and opens the same
 * profile again at the bridge's address, as a user reopening the browser would: the
 * printed link works only once, and the profile's cookie keeps the session.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { startBridgeProcess, type BridgeProcess } from './bridge-process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppOptions {
  /** Articles written to a temp folder and passed like command-line paths (`npm start -- a.txt`). */
  launchArticles?: { name: string; content: string }[];
}

export class SourcemarkApp {
  page!: Page;
  /** Messages the page logged as errors, and CSP violations: a test can assert none. */
  readonly pageErrors: string[] = [];
  private context!: BrowserContext;

  constructor(
    readonly bridge: BridgeProcess,
    private readonly profileDir: string,
  ) {}

  /** Launches Chromium on the profile at `url` (by default the printed one-time link). */
  async open(url = this.bridge.url): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--disable-gpu',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The real quota in `navigator.storage.estimate()`, as in the app (`main/index.ts`).
        '--disable-features=StaticStorageQuota',
      ],
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.on('pageerror', (error) => this.pageErrors.push(error.message));
    this.page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    await this.page.goto(url);
    return this.page;
  }

  /** Queues the answer of the next "Open files" dialog, as a user picking these files. */
  async answerFileDialog(paths: string[]): Promise<void> {
    await this.postDialogAnswer({ files: paths });
  }

  /** Queues the answer of the next "Open folder" dialog. */
  async answerFolderDialog(folder: string | null): Promise<void> {
    await this.postDialogAnswer({ folder });
  }

  /** Quits and relaunches: same profile (same IndexedDB), new browser process and page. */
  async restart(): Promise<Page> {
    await this.context.close();
    this.pageErrors.length = 0;
    return this.open(`${this.bridge.origin}/`);
  }

  /** Closes the browser and keeps the profile, as a user quitting it; the bridge runs on. */
  async quitBrowser(): Promise<void> {
    await this.context.close();
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => {});
    await this.bridge.stop();
    await rm(this.profileDir, { recursive: true, force: true });
  }

  private async postDialogAnswer(body: unknown): Promise<void> {
    const response = await fetch(`${this.bridge.origin}/bridge/dialog-answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sourcemark-token': this.bridge.token },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`dialog answer refused: ${response.status}`);
  }
}

export const test = base.extend<{ appOptions: AppOptions; app: SourcemarkApp }>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use) => {
    const profileDir = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
    const launchPaths: string[] = [];
    for (const article of appOptions.launchArticles ?? []) {
      const path = join(profileDir, article.name);
      await writeFile(path, article.content);
      launchPaths.push(path);
    }
    const bridge = await startBridgeProcess(launchPaths);
    const app = new SourcemarkApp(bridge, profileDir);
    await app.open();
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
