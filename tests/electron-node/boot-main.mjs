/**
 * Driver of the main-process smoke test. Run as
 *   node --import ./register-fake-electron.mjs boot-main.mjs <spec.json>
 * It rebuilds `out/` if stale, boots the built `out/main/index.js` against the recording
 * fake of `electron`, emulates app ready, then calls what the app registered (the `app://`
 * handler, the session and web-contents guards, IPC handlers) the way Electron would, and
 * writes what came back to `spec.reportPath` as JSON. It judges nothing: the test does.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeWebContents, app, recording } from './fake-electron.mjs';
import { ensureFreshBuild } from './fresh-build.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { root } = spec;
const rendererDir = join(root, 'out', 'renderer');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const rebuilt = ensureFreshBuild(root);

// As `electron .` starts it: argv is [electron, appFolder], so no launch paths.
process.argv = [process.execPath, root];
process.env.SOURCEMARK_USER_DATA = mkdtempSync(join(tmpdir(), 'sm-main-smoke-'));
process.env.FAKE_ELECTRON_APP_PATH = root;
await import(pathToFileURL(join(root, 'out', 'main', 'index.js')).href);
const schemesBeforeReady = structuredClone(recording.privilegedSchemes);

app.emulateReady();
for (let waited = 0; recording.windows.length === 0; waited += 10) {
  if (waited > 10_000) throw new Error('no window was created within 10 s of ready');
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const window = recording.windows[0];
// A web contents created later (a devtools window, a future second window) must be
// guarded alike: Electron announces each one through `web-contents-created`.
const laterContents = new FakeWebContents();
app.emit('web-contents-created', {}, laterContents);

/** The built page's own files, as its index.html names them. */
function assetsOfIndexHtml() {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  return refs.map((ref) => {
    const url = new URL(ref, 'app://sourcemark/index.html');
    const file = join(rendererDir, decodeURIComponent(url.pathname));
    return { ref, url: url.href, sha256: existsSync(file) ? sha256(readFileSync(file)) : null };
  });
}

async function fetchFromApp(url) {
  const handler = recording.protocolHandlers.get('app');
  let response;
  try {
    response = await handler(new Request(url));
  } catch (error) {
    // Electron turns a throwing handler into a failed load: report it, keep probing.
    return { status: 'threw', error: String(error) };
  }
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    sha256: sha256(body),
    bytes: body.length,
  };
}

function beforeRequest(url) {
  return new Promise((resolve) => {
    recording.beforeRequest(
      { id: 1, url, method: 'GET', resourceType: 'mainFrame', referrer: '', timestamp: 0 },
      (response) => resolve(response.cancel === true ? 'cancelled' : 'allowed'),
    );
  });
}

/** Emits a navigation event as Electron does: (event, url), with `event.url` as well. */
function isPrevented(contents, eventName, url) {
  let prevented = false;
  contents.emit(eventName, { url, preventDefault: () => (prevented = true) }, url);
  return prevented;
}

function windowOpen(contents, url) {
  const details = { url, frameName: '', features: '', disposition: 'new-window' };
  return contents.windowOpenHandler?.(details)?.action ?? 'no-handler';
}

const guards = {};
for (const url of spec.guardUrls) {
  guards[url] = { request: await beforeRequest(url) };
  for (const [name, contents] of [
    ['window', window.webContents],
    ['later', laterContents],
  ]) {
    guards[url][name] = {
      willNavigate: isPrevented(contents, 'will-navigate', url) ? 'prevented' : 'allowed',
      willRedirect: isPrevented(contents, 'will-redirect', url) ? 'prevented' : 'allowed',
      windowOpen: windowOpen(contents, url),
    };
  }
}

const protocolResponses = {};
const assets = assetsOfIndexHtml();
for (const url of [...spec.protocolUrls, ...assets.map((asset) => asset.url)]) {
  protocolResponses[url] = await fetchFromApp(url);
}

const ipc = [];
for (const call of spec.ipcCalls) {
  const handler = recording.ipcHandlers.get(call.channel);
  const event = { senderFrame: call.frame, sender: window.webContents, processId: 1, frameId: 1 };
  ipc.push({ ...call, result: handler ? await handler(event, ...call.args) : 'no-handler' });
}

const permission = await new Promise((resolve) =>
  recording.permissionRequestHandler(window.webContents, 'media', resolve, {}),
);
const preloadPath = window.options.webPreferences?.preload;

const report = {
  rebuilt,
  schemesBeforeReady,
  paths: recording.paths,
  userData: process.env.SOURCEMARK_USER_DATA,
  window: { options: window.options, loadedUrls: window.loadedUrls },
  preload: {
    path: preloadPath,
    source: preloadPath && existsSync(preloadPath) ? readFileSync(preloadPath, 'utf8') : null,
  },
  indexHtmlSha256: sha256(readFileSync(join(rendererDir, 'index.html'))),
  assets,
  protocol: protocolResponses,
  guards,
  webviewAttach: {
    window: isPrevented(window.webContents, 'will-attach-webview', 'about:blank'),
    later: isPrevented(laterContents, 'will-attach-webview', 'about:blank'),
  },
  permissions: {
    request: permission,
    check: recording.permissionCheckHandler(window.webContents, 'media', 'app://sourcemark', {}),
  },
  channels: [...recording.ipcHandlers.keys()],
  ipc,
  hasApplicationMenu: recording.applicationMenu !== undefined,
};
writeFileSync(spec.reportPath, JSON.stringify(report, null, 2));
// The source watcher polls on an interval: end here rather than wait for a quit.
process.exit(0);
