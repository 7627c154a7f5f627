/**
 * The loopback bridge over real HTTP: it must serve the app to the user who opened its URL,
 * and nothing to anyone else (another site's page, a rebinding attack, a guessed token).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../host/handlers';
import { startBridge, type RunningBridge } from './bridge-server';
import { createDialogQueue } from './dialog-queue';

let dir: string;
let bridge: RunningBridge;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send Host and Origin headers a browser would refuse to fake. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sourcemark-token': bridge.token, ...headers },
    body: JSON.stringify({ args }),
  });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-bridge-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Sourcemark</title>');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer folder');
  const dialogs = createDialogQueue();
  const table = createHandlerTable({
    shell: 'browser',
    version: '0.0.0',
    samplesDir: dir,
    takeLaunchPaths: () => [],
    pickFiles: () => dialogs.pickFiles(),
    pickFolder: () => dialogs.pickFolder(),
  });
  bridge = await startBridge({ rendererDir: join(dir, 'renderer'), table, dialogs });
});
afterEach(async () => {
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
  });

  it('trades the URL token for a strict same-site cookie that then serves the page with a CSP', async () => {
    const first = await send(`/?token=${bridge.token}`);
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Sourcemark</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('refuses the page and the API without the token', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=guess')).status).toBe(401);
    expect((await apiCall('sm:app:info', [], { 'x-sourcemark-token': 'guess' })).status).toBe(401);
  });

  it('answers a valid API call with a Result', async () => {
    const response = await apiCall('sm:app:info', []);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { shell: 'browser', maxFileBytes: 20 * 1024 * 1024 },
    });
  });

  it('refuses a DNS-rebinding request whose Host is another name, even with the token', async () => {
    const response = await apiCall('sm:app:info', [], { host: `evil.example:${bridge.port}` });
    expect(response.status).toBe(403);
  });

  it('refuses a call from another origin and never sends CORS headers', async () => {
    const response = await apiCall('sm:app:info', [], { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send('/api/sm:app:info', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a form-encoded (simple cross-site) POST even with the token cookie', async () => {
    const first = await send(`/?token=${bridge.token}`);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    const response = await send('/api/sm:app:info', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: '{"args":[]}',
    });
    expect(response.status).toBe(401);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await send('/..%2Fsecret.txt', {
      headers: { 'x-sourcemark-token': bridge.token },
    });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the renderer folder');
  });

  // The bridge answers a malformed escape as the client's error (400) before it looks for a
  // file; request-limits.test.ts also checks that nothing is logged.
  it.each(['/%E0%A4%A', '/%'])(
    'answers 400, not a 500 with a stack, to the malformed %s',
    async (path) => {
      const response = await send(path, { headers: { 'x-sourcemark-token': bridge.token } });
      expect(response.status).toBe(400);
      expect(response.body).toBe('Malformed percent-encoding');
    },
  );

  it('validates payloads with the same schemas as IPC', async () => {
    const response = await apiCall('sm:library:ingestFiles', [['relative.txt']]);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await send('/api/sm:app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sourcemark-token': bridge.token },
      body: '{"args": [',
    });
    expect(response.status).toBe(400);
  });

  it('answers the file dialog with what a test queued, then reports no dialog', async () => {
    const queued = await send('/bridge/dialog-answers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sourcemark-token': bridge.token },
      body: JSON.stringify({ files: ['/tmp/a.txt'] }),
    });
    expect(queued.status).toBe(200);
    expect(JSON.parse((await apiCall('sm:dialog:pickFiles', [])).body)).toEqual({
      ok: true,
      value: ['/tmp/a.txt'],
    });
    expect(JSON.parse((await apiCall('sm:dialog:pickFiles', [])).body)).toMatchObject({
      ok: false,
      error: { code: 'dialog-unavailable' },
    });
  });
});
