/**
 * `npm run start:browser`'s port: one origin from run to run (the browser keeps the library
 * per origin), and a refusal that names the holder when the port is taken, never a move to
 * an empty library on another port.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningBridge } from './bridge-server';
import { launchBridge, PortTakenError, type LaunchOptions } from './launch-bridge';
import { readRememberedPort, rememberPort } from './remembered-port';
import { createTestBridgeOptions } from './testing/test-bridge';

let configDir: string;
let base: Omit<LaunchOptions, 'requestedPort'>;
let remove: () => Promise<void>;
const running: RunningBridge[] = [];
const servers: HttpServer[] = [];

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A port free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server, 0);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function launch(requestedPort: number | undefined): Promise<RunningBridge> {
  const bridge = await launchBridge({ ...base, requestedPort });
  running.push(bridge);
  return bridge;
}

beforeEach(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'sm-config-'));
  const created = await createTestBridgeOptions();
  remove = created.remove;
  base = { ...created.options, configDir };
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((bridge) => bridge.close()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await remove();
  await rm(configDir, { recursive: true, force: true });
});

describe('launchBridge', () => {
  it('refuses a port another Sourcemark bridge holds, naming it', async () => {
    const first = await launch(0);
    const second = launch(first.port);
    await expect(second).rejects.toBeInstanceOf(PortTakenError);
    const message = await second.catch((error: Error) => error.message);
    expect(message).toContain(`Port ${first.port} is already used by another Sourcemark bridge`);
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toContain('use the browser tab where it is open');
  });

  it.runIf(process.platform === 'linux')(
    'refuses a port another program holds, naming its process and how to choose another port',
    async () => {
      // Another web server, say a dev server: it answers the bridge's hello, but not as one.
      const other = createHttpServer((_, response) => response.writeHead(404).end('Not found'));
      servers.push(other);
      const port = await listen(other, 0);
      const message = await launch(port).catch((error: Error) => error.message);
      expect(message).toContain(`Port ${port} is used by another program: `);
      expect(message).toContain(`(pid ${process.pid})`);
      expect(message).toContain(`npm run start:browser -- --port ${port + 1}`);
      // Nothing remembered for a port the bridge never got.
      expect(await readRememberedPort(configDir)).toBeUndefined();
    },
  );

  it('remembers a port asked for, and serves on it again when none is asked', async () => {
    const port = await freePort();
    const first = await launch(port);
    expect(first.port).toBe(port);
    expect(await readRememberedPort(configDir)).toBe(port);
    await first.close();

    const again = await launch(undefined);
    expect(again.origin).toBe(`http://127.0.0.1:${port}`);
  });

  it('reuses the remembered port over runs', async () => {
    const port = await freePort();
    await rememberPort(configDir, port);
    expect((await launch(undefined)).port).toBe(port);
  });

  it('serves --port 0 on a free port without remembering it, as the tests need', async () => {
    const remembered = await freePort();
    await rememberPort(configDir, remembered);
    const bridge = await launch(0);
    expect(bridge.port).not.toBe(0);
    expect(await readRememberedPort(configDir)).toBe(remembered);

    const untouched = await mkdtemp(join(tmpdir(), 'sm-config-'));
    try {
      await launchBridge({ ...base, configDir: untouched, requestedPort: 0 }).then((b) =>
        running.push(b),
      );
      expect(await readdir(untouched)).toEqual([]);
    } finally {
      await rm(untouched, { recursive: true, force: true });
    }
  });
});
