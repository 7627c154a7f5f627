/**
 * Browser mode keeps one address from run to run, so the browser, which keeps the library
 * per address, shows the same library after `npm run start:browser` is run again; and a
 * second bridge refuses a taken port rather than open an empty library elsewhere.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SourcemarkApp, test } from './support/app-fixture';
import { ArticleFiles, FRENCH_TEXT, SAMPLE_TITLES } from './support/article-files';
import { BRIDGE_SCRIPT, startBridgeProcess } from './support/bridge-process';
import { LibraryPage } from './pages/library-page';

const FRENCH_TITLE = 'Le corridor médian gagne en importance';

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let configDir: string;
let files: ArticleFiles;
test.beforeEach(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-config-'));
  files = await ArticleFiles.create();
});
test.afterEach(async () => {
  await files.remove();
  await rm(configDir, { recursive: true, force: true });
});

test('the library is still there after browser mode is started again', async () => {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'));
  const first = new SourcemarkApp(await startBridgeProcess([], { port, configDir }), profile);
  const library = new LibraryPage(await first.open());
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  await first.answerFileDialog([await files.write('corridor.txt', FRENCH_TEXT)]);
  await library.openFiles();
  await expect(library.report).toContainText(/Added 1/);
  await first.quitBrowser();
  await first.bridge.stop();

  // Started again as a user would, with no --port: the remembered one.
  const second = new SourcemarkApp(
    await startBridgeProcess([], { port: 'remembered', configDir }),
    profile,
  );
  try {
    expect(second.bridge.origin).toBe(`http://127.0.0.1:${port}`);
    const reopened = new LibraryPage(await second.open());
    await reopened.expectTitles([FRENCH_TITLE, SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
    expect(second.pageErrors).toEqual([]);
  } finally {
    await second.close();
  }
});

test('a second browser mode on the same port refuses to start and names the first', async () => {
  const first = await startBridgeProcess([], { port: await freePort(), configDir });
  try {
    const port = new URL(first.origin).port;
    const second = spawn(process.execPath, [BRIDGE_SCRIPT, '--port', port], {
      env: { ...process.env, SOURCEMARK_CONFIG_DIR: configDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    second.stdout.on('data', (chunk: Buffer) => (output += chunk));
    second.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain(
      `Port ${port} is already used by another Sourcemark bridge (pid ${first.process.pid})`,
    );
    expect(output).not.toContain('{"bridge"');
  } finally {
    await first.stop();
  }
});
