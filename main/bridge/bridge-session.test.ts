/**
 * How a browser signs in to the bridge and stays signed in: the printed link works once,
 * the cookie it sets is invisible to scripts (cookies ignore ports, so a page on another
 * 127.0.0.1 port could read it otherwise) and survives a browser restart, and the page
 * itself carries the token for the renderer's API calls.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './bridge-server';
import { createTestBridgeOptions, sendRaw } from './testing/test-bridge';

let bridge: RunningBridge;
let remove: () => Promise<void>;

beforeEach(async () => {
  const created = await createTestBridgeOptions();
  remove = created.remove;
  bridge = await startBridge(created.options);
});
afterEach(async () => {
  await bridge.close();
  await remove();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  sendRaw(bridge.port, path, { headers });

/** Opens the printed link; answers the cookie the browser would keep. */
async function signIn(): Promise<string> {
  const answer = await get(`/?token=${bridge.token}`);
  expect(answer.status).toBe(303);
  return String(answer.headers['set-cookie']);
}

const tokenMeta = () => `<meta name="sourcemark-token" content="${bridge.token}" />`;

describe('signing in to the bridge', () => {
  it('sets a cookie that scripts cannot read, same-site only, kept across browser restarts', async () => {
    const cookie = await signIn();
    expect(cookie).toMatch(/^sm_token_\d+=[\w-]+; /);
    expect(cookie).toContain('; HttpOnly');
    expect(cookie).toContain('; SameSite=Strict');
    expect(cookie).toContain('; Path=/');
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeGreaterThan(30 * 24 * 3600);
  });

  it('gives the signed-in page its token in a meta tag, never cached, under the strict CSP', async () => {
    const cookie = (await signIn()).split(';')[0]!;
    const page = await get('/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<head>${tokenMeta()}<title>Sourcemark</title>`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect((await get('/index.html', { cookie })).body).toContain(tokenMeta());
    // Only the cookie, which a browser sends for our own page loads, earns the meta tag.
    const withHeader = await get('/', { 'x-sourcemark-token': bridge.token });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body).not.toContain(bridge.token);
  });

  it('refuses the printed link a second time, saying how to get back in', async () => {
    await signIn();
    const again = await get(`/?token=${bridge.token}`);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.headers['content-type']).toMatch(/^text\/html/);
    expect(again.body).toContain('already been used');
    expect(again.body).toContain('npm run start:browser');
    expect(again.body).toContain('use that tab');
    expect(again.body).not.toContain(bridge.token);
  });

  it('lets only the browser that used the link reopen it: that one is sent on to the app', async () => {
    const cookie = (await signIn()).split(';')[0]!;
    expect((await get(`/?token=${bridge.token}`)).status).toBe(401);
    const again = await get(`/?token=${bridge.token}`, { cookie });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/');
  });

  it('tells a browser without a session how to sign in, instead of a bare 401', async () => {
    const page = await get('/');
    expect(page.status).toBe(401);
    expect(page.body).toContain('not signed in');
    expect(page.body).toContain('npm run start:browser');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('says who it is, without a token, so a second bridge can name it', async () => {
    const hello = await get('/bridge/hello');
    expect(hello.status).toBe(200);
    expect(JSON.parse(hello.body)).toEqual({ app: 'sourcemark', pid: process.pid });
  });
});
