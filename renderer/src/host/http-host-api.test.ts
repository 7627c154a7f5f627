// @vitest-environment jsdom
/**
 * Browser mode's host client: it signs each call with the token the bridge put in the page,
 * and when the host is gone or restarted it tells the user how to bring it back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpHostApi, readPageToken } from './http-host-api';

afterEach(() => vi.unstubAllGlobals());

const HOW_TO_RESTART =
  /run `npm run start:browser` in the Sourcemark folder, then open the URL it prints/;

describe('the HTTP host API', () => {
  it('signs its calls with the token from the page, not from a cookie', async () => {
    document.head.innerHTML = '<meta name="sourcemark-token" content="tok-123" />';
    const fetch = vi.fn(async () => new Response('{"ok":true,"value":[]}'));
    vi.stubGlobal('fetch', fetch);
    const api = createHttpHostApi(readPageToken(document));
    expect(await api.library.samplePaths()).toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith(
      '/api/sm:library:samplePaths',
      expect.objectContaining({
        headers: expect.objectContaining({ 'x-sourcemark-token': 'tok-123' }),
      }),
    );
  });

  it('says how to restart the host when it is not reachable', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    const answer = await createHttpHostApi('tok').app.info();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain("The app's host is not reachable (Failed to fetch)");
    expect(answer.error.message).toMatch(HOW_TO_RESTART);
  });

  it('says the same when a restarted host no longer knows this tab', async () => {
    vi.stubGlobal('fetch', async () => new Response('Missing token header', { status: 401 }));
    const answer = await createHttpHostApi('old-token').library.samplePaths();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain('no longer knows this tab');
    expect(answer.error.message).toMatch(HOW_TO_RESTART);
  });

  it('sends a chunk of bytes as a Blob body, its other arguments in a header', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":true,"value":3}'));
    vi.stubGlobal('fetch', fetch);
    const chunk = new Uint8Array([0x7b, 0xc3, 0xa9]);
    expect(await createHttpHostApi('tok').exportFile.append('id-1', chunk)).toEqual({
      ok: true,
      value: 3,
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/sm:export:append');
    // Not the Uint8Array itself: Chromium's fetch held the thread ~250 ms a MB for that.
    expect(init.body).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (init.body as Blob).arrayBuffer())).toEqual(chunk);
    expect(init.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-sourcemark-args': encodeURIComponent('["id-1"]'),
    });
  });

  it('sends a JSON call as a Blob body too', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":true,"value":[]}'));
    vi.stubGlobal('fetch', fetch);
    await createHttpHostApi('tok').library.scanFolder('/news');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBeInstanceOf(Blob);
    expect(JSON.parse(await (init.body as Blob).text())).toEqual({ args: ['/news'] });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
  });
});
