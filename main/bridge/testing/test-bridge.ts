/**
 * A real bridge on a free port over a temp renderer folder, and a raw HTTP client for it,
 * for the bridge's tests: raw, so a test can send the Host, Origin and Content-Length
 * headers a browser would refuse to fake, and time the answer.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlerTable, type HandlerDependencies } from '../../host/handlers';
import type { BridgeOptions, RunningBridge } from '../bridge-server';
import { createDialogQueue } from '../dialog-queue';

/** The index.html the test bridge serves: a head, as the Vite build has. */
export const TEST_PAGE = '<!doctype html><html><head><title>Sourcemark</title></head></html>';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** From the request's start to the answer's last byte. */
  elapsedMs: number;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends one request to 127.0.0.1:`port` with that Host; resolves once the answer is read. */
export function sendRaw(
  port: number,
  path: string,
  options: RawRequest = {},
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            elapsedMs: performance.now() - started,
          }),
        );
      },
    );
    // The bridge may answer (and the test move on) before a large body is fully written.
    request.on('error', (error) => reject(error));
    request.end(options.body);
  });
}

/**
 * Bridge options over a temp renderer folder holding `TEST_PAGE`, and a way to remove it;
 * the handlers get `dependencies`, made in that folder (a backup store, export writes).
 */
export async function createTestBridgeOptions(
  dependencies: (dir: string) => HandlerDependencies = () => ({}),
): Promise<{
  options: Omit<BridgeOptions, 'port'>;
  dir: string;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'sm-bridge-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), TEST_PAGE);
  const dialogs = createDialogQueue();
  const table = createHandlerTable(
    {
      shell: 'browser',
      version: '0.0.0',
      samplesDir: dir,
      takeLaunchPaths: () => [],
      pickFiles: () => dialogs.pickFiles(),
      pickFolder: () => dialogs.pickFolder(),
    },
    dependencies(dir),
  );
  return {
    options: { rendererDir: join(dir, 'renderer'), table, dialogs },
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An API call with the token header, as the renderer makes it. */
export function callApi(
  bridge: RunningBridge,
  channel: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return sendRaw(bridge.port, `/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-sourcemark-token': bridge.token,
      ...headers,
    },
    body,
  });
}
