/**
 * The bridge's bounds on what a request may make it do: a hostile or broken body or path
 * is answered at once with a clear status, and never stalls the one thread that serves
 * every tab and every file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBridge, type RunningBridge } from './bridge-server';
import { MAX_BODY_BYTES } from './read-json-body';
import { callApi, createTestBridgeOptions, sendRaw } from './testing/test-bridge';

let bridge: RunningBridge;
let remove: () => Promise<void>;

beforeEach(async () => {
  const created = await createTestBridgeOptions();
  remove = created.remove;
  bridge = await startBridge(created.options);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await bridge.close();
  await remove();
});

/**
 * `{"args": [[[…]]]}` of about `megabytes` MB: the body that stalled `JSON.parse`. Bytes,
 * made before the clock starts: the test client shares the bridge's thread.
 */
function nestedBody(megabytes: number): Buffer {
  const levels = (megabytes * 1024 * 1024) / 2;
  return Buffer.from(`{"args":${'['.repeat(levels)}${']'.repeat(levels)}}`);
}

describe('request bodies', () => {
  // Before the depth scan, JSON.parse alone took 2.7 s on the 8 MB body and 23 s on the 40 MB one.
  it.each([8, 40])('answers a %i MB deeply nested body with 400 at once', async (megabytes) => {
    const response = await callApi(bridge, 'sm:app:info', nestedBody(megabytes));
    expect(response.status).toBe(400);
    expect(response.body).toBe('JSON nested deeper than 32 levels');
    // Generous for a loaded CI machine: the 40 MB body took 23 s before the scan.
    expect(response.elapsedMs).toBeLessThan(3000);
    // And the bridge is free for the next call.
    expect((await callApi(bridge, 'sm:app:info', '{"args":[]}')).status).toBe(200);
  });

  it('answers a body declared over the limit with 413 before it is sent', async () => {
    // Only the headers and a first byte go out: the answer must not wait for the rest.
    const response = await callApi(bridge, 'sm:app:info', '{', {
      'content-length': String(MAX_BODY_BYTES + 1),
    }).catch((error: unknown) => error);
    expect(response).toMatchObject({ status: 413, body: 'Request body too large (over 64 MB)' });
  });

  it('bounds nesting, not size: a dropped 20 MB file, as the renderer sends it, still passes', async () => {
    // Zero bytes: ingestion answers "binary" at once, so the test times the bridge alone.
    const base64 = Buffer.alloc(20 * 1024 * 1024).toString('base64');
    const upload = JSON.stringify({ args: [[{ name: 'dump.txt', base64 }]] });
    expect(upload.length).toBeGreaterThan(27_000_000);
    const response = await callApi(bridge, 'sm:library:ingestUploads', upload);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { articles: [], failures: [{ path: 'dropped:dump.txt' }] },
    });
    // The same size, nested instead of quoted, is refused on its first bytes.
    const nested = await callApi(bridge, 'sm:library:ingestUploads', nestedBody(27));
    expect(nested.status).toBe(400);
  });
});

describe('request paths', () => {
  it.each([
    ['GET', '/%E0%A4%A'],
    ['GET', '/%'],
    ['POST', '/api/%'],
    ['POST', '/api/sm:app:info%E0%A4%A'],
  ])('answers %s %s, a malformed escape, with 400 and no stack', async (method, path) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await sendRaw(bridge.port, path, {
      method,
      headers: { 'content-type': 'application/json', 'x-sourcemark-token': bridge.token },
      body: method === 'POST' ? '{"args":[]}' : undefined,
    });
    expect(response.status).toBe(400);
    expect(response.body).toBe('Malformed percent-encoding');
    expect(logged).not.toHaveBeenCalled();
  });
});
