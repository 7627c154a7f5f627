/**
 * The built desktop main process, booted under plain Node against a recording fake of
 * Electron (no binary needed, see README.md): it must serve its own page from app://,
 * let that page through every guard, answer its frame over IPC, and refuse everything
 * foreign. Skipped only when SOURCEMARK_SKIP_MAIN_SMOKE is set.
 */
import { extname } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APP_BLOB_URL,
  APP_URLS,
  DEVTOOLS_URL,
  FOREIGN_URLS,
} from '../../main/electron/testing/electron-urls';
import { CONTENT_SECURITY_POLICY } from '../../main/host/content-security-policy';
import { payloadSchemas } from '../../main/host/payload-schemas';
import { runMainSmoke, type MainSmokeReport } from './run-main-smoke';

const APP_PAGE = 'app://sourcemark/index.html';
const HOSTILE_REQUESTS = [
  'app://evil/index.html',
  'app://sourcemark/%E0%A4%A',
  'app://sourcemark/%',
  'app://sourcemark/%2e%2e%2f%2e%2e%2fpackage.json',
  'app://sourcemark/..%5c..%5cpackage.json',
  'app://sourcemark/%252e%252e/%252e%252e/package.json',
  'app://sourcemark/index.html%00.js',
  'app://sourcemark/no-such-file.js',
];
const appFrame = { url: APP_PAGE, parent: null };

const skipReason = process.env.SOURCEMARK_SKIP_MAIN_SMOKE
  ? 'SOURCEMARK_SKIP_MAIN_SMOKE is set'
  : undefined;
if (skipReason) console.warn(`[main-process smoke] skipped: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('the built main process, under a fake Electron', () => {
  let report: MainSmokeReport;

  beforeAll(
    () => {
      report = runMainSmoke({
        protocolUrls: [APP_PAGE, 'app://sourcemark/', ...HOSTILE_REQUESTS],
        guardUrls: [...APP_URLS, ...FOREIGN_URLS, DEVTOOLS_URL, APP_BLOB_URL],
        ipcCalls: [
          { channel: 'sm:app:info', args: [], frame: appFrame },
          {
            channel: 'sm:app:info',
            args: [],
            frame: { url: 'https://example.com/', parent: null },
          },
          {
            channel: 'sm:app:info',
            args: [],
            frame: { url: 'app://evil/index.html', parent: null },
          },
          { channel: 'sm:app:info', args: [], frame: { url: APP_PAGE, parent: appFrame } },
          { channel: 'sm:app:info', args: [], frame: null },
        ],
      });
    },
    15 * 60 * 1000,
  );

  it('registers app:// as a standard, secure scheme before ready (IndexedDB needs it)', () => {
    expect(report.schemesBeforeReady).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(report.paths.userData).toBe(report.userData);
  });

  it('opens the app page in an isolated, sandboxed window without Node', () => {
    expect(report.window.loadedUrls).toEqual([APP_PAGE]);
    expect(report.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(report.hasApplicationMenu).toBe(true);
  });

  it('names a preload that exists and runs as a sandboxed preload must: CommonJS, electron only', () => {
    const { path, source } = report.preload;
    expect(path).toMatch(/index\.cjs$/);
    expect(source, `no preload at ${path}`).not.toBeNull();
    // An `import` or `export` statement is a SyntaxError in a CommonJS wrapper.
    const script = new vm.Script(
      `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
      { filename: path },
    );
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: async () => undefined, on: () => {}, removeListener: () => {} },
      webUtils: { getPathForFile: () => '' },
    };
    const module = { exports: {} };
    const wrapper = script.runInNewContext({}) as (...args: unknown[]) => void;
    wrapper(
      module.exports,
      (id: string) => {
        required.push(id);
        return id === 'electron' ? fakeElectron : {};
      },
      module,
      path,
      '',
    );
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['sourcemark']);
  });

  it('serves the page and every file it names from app://, typed and with the CSP', () => {
    const scripts = report.assets.filter((asset) => extname(asset.url) === '.js');
    const styles = report.assets.filter((asset) => extname(asset.url) === '.css');
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.svg': 'image/svg+xml',
    };
    const expected = [
      { url: APP_PAGE, sha256: report.indexHtmlSha256, type: types['.html'] },
      { url: 'app://sourcemark/', sha256: report.indexHtmlSha256, type: types['.html'] },
      ...report.assets.map((asset) => ({ ...asset, type: types[extname(asset.url)] })),
    ];
    for (const { url, sha256, type } of expected) {
      expect(report.protocol[url], `${url}: not the built file, typed, with the CSP`).toMatchObject(
        {
          status: 200,
          sha256,
          headers: {
            'content-type': type,
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
          },
        },
      );
    }
  });

  it.each(HOSTILE_REQUESTS)('answers 404 to %s', (url) => {
    expect(report.protocol[url]?.status).toBe(404);
  });

  it.each(APP_URLS)('lets %s through the session and navigation guards', (url) => {
    const guards = report.guards[url]!;
    expect(guards.request).toBe('allowed');
    for (const contents of [guards.window, guards.later]) {
      expect(contents).toMatchObject({ willNavigate: 'allowed', willRedirect: 'allowed' });
      // The app has one window: window.open is refused even for its own page.
      expect(contents.windowOpen).toBe('deny');
    }
  });

  it.each(FOREIGN_URLS)('refuses %j at every guard, in every web contents', (url) => {
    const guards = report.guards[url]!;
    expect(guards.request).toBe('cancelled');
    for (const contents of [guards.window, guards.later]) {
      expect(contents).toEqual({
        willNavigate: 'prevented',
        willRedirect: 'prevented',
        windowOpen: 'deny',
      });
    }
  });

  it('loads devtools and the page’s own object URLs, but never navigates to them', () => {
    for (const url of [DEVTOOLS_URL, APP_BLOB_URL]) {
      expect(report.guards[url]!.request, url).toBe('allowed');
      expect(report.guards[url]!.window.willNavigate, url).toBe('prevented');
    }
  });

  it('refuses webviews and every permission', () => {
    expect(report.webviewAttach).toEqual({ window: true, later: true });
    expect(report.permissions).toEqual({ request: false, check: false });
  });

  it('registers every host channel on ipcMain', () => {
    expect([...report.channels].sort()).toEqual(Object.keys(payloadSchemas).sort());
  });

  it("answers the app's own top frame over IPC", () => {
    expect(report.ipc[0]!.result).toEqual({
      ok: true,
      value: expect.objectContaining({ shell: 'electron', version: '0.0.0-fake' }),
    });
  });

  it('refuses a foreign frame, a subframe of the app and a gone frame', () => {
    const refusals = report.ipc.slice(1);
    expect(refusals).toHaveLength(4);
    for (const call of refusals) {
      expect(call.result, JSON.stringify(call.frame)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });
});
