/**
 * A real loopback bridge that the renderer's HTTP host api talks to as the page does (its
 * `/api/…` fetches go to the bridge's origin), for tests of bytes crossing the bridge; and
 * a raw poster, for bodies the api would never send.
 */
import { vi } from 'vitest';
import { startBridge, type RunningBridge } from '../../../main/bridge/bridge-server';
import { createTestBridgeOptions } from '../../../main/bridge/testing/test-bridge';
import type { HandlerDependencies } from '../../../main/host/handlers';

export interface PageBridge {
  bridge: RunningBridge;
  /** The temp folder the bridge serves from, for the dependencies' files. */
  dir: string;
  /** A POST of `body` to `channel` with the token and `headers`, past the host api. */
  post(
    channel: string,
    headers: Record<string, string>,
    body: Uint8Array | string,
  ): Promise<Response>;
  close(): Promise<void>;
}

/** The headers of a call whose last argument is bytes: the others in `x-sourcemark-args`. */
export const bytesHeaders = (args: unknown[]) => ({
  'content-type': 'application/octet-stream',
  'x-sourcemark-args': encodeURIComponent(JSON.stringify(args)),
});

/** Starts the bridge with the handlers' `dependencies` (made in its folder) and routes fetch to it. */
export async function startPageBridge(
  dependencies: (dir: string) => HandlerDependencies,
): Promise<PageBridge> {
  const realFetch = globalThis.fetch;
  const { options, dir, remove } = await createTestBridgeOptions(dependencies);
  const bridge = await startBridge(options);
  const route: typeof fetch = (input, init) =>
    realFetch(typeof input === 'string' ? `${bridge.origin}${input}` : input, init);
  vi.stubGlobal('fetch', vi.fn(route));
  return {
    bridge,
    dir,
    post: (channel, headers, body) =>
      realFetch(`${bridge.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'x-sourcemark-token': bridge.token, ...headers },
        body: body as BodyInit,
      }),
    async close() {
      vi.unstubAllGlobals();
      await bridge.close();
      await remove();
    },
  };
}
