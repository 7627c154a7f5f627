/**
 * The loopback bridge: serves the production renderer build and the host handler table over
 * HTTP on 127.0.0.1, so the real app runs in a plain browser (browser mode, and the
 * end-to-end tests on machines without the Electron binary). Only the transport differs
 * from IPC: the same `dispatchHostCall`, schemas and handlers answer every call.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy';
import { contentTypeFor } from '../host/content-types';
import { dispatchHostCall, type HandlerTable } from '../host/handlers';
import { BYTE_ARGUMENT_CHANNELS, MAX_CHUNK_BYTES } from '../host/payload-schemas';
import type { HostChannel, Result } from '../../preload/api';
import { resolveRendererPath } from '../host/renderer-path';
import {
  createBridgeToken,
  hasCookieToken,
  hasHeaderToken,
  hasQueryToken,
  isSameHost,
  tokenCookie,
  type BridgeAuth,
} from './bridge-auth';
import { sendHtml, serveAppPage } from './app-page';
import type { DialogQueue } from './dialog-queue';
import { HttpError } from './http-error';
import type { BridgeHello } from './port-holder';
import { readJsonBody } from './read-json-body';
import { BYTES_CONTENT_TYPE, isBytesRequest, readBytesCall } from './read-bytes-call';
import { signInPageHtml } from './sign-in-page';

export interface BridgeOptions {
  rendererDir: string;
  table: HandlerTable;
  dialogs: DialogQueue;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
}

export interface RunningBridge {
  /** The URL to open: it carries the token and works once, then the page lives on a cookie. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The paths of the app's page, which a signed-in browser gets with the token meta tag. */
function isPagePath(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html';
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

/**
 * A call's answer: bytes (a backup chunk read back) as an `application/octet-stream` body,
 * anything else, failures included, as JSON.
 */
function sendResult(response: ServerResponse, result: Result<unknown>): void {
  if (!result.ok || !(result.value instanceof Uint8Array)) return sendJson(response, 200, result);
  response.writeHead(200, {
    'content-type': BYTES_CONTENT_TYPE,
    'content-length': result.value.byteLength,
    'cache-control': 'no-store',
  });
  response.end(result.value);
}

async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
): Promise<void> {
  // The shared resolver: a malformed escape or a way out of the folder is a 404, not a throw.
  const target = resolveRendererPath(root, pathname);
  if (target.kind !== 'file') throw new HttpError(404, 'Not found');
  const file = target.path;
  const body = await readFile(file).catch(() => {
    throw new HttpError(404, 'Not found');
  });
  response.writeHead(200, {
    'content-type': contentTypeFor(extname(file)),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function parseDialogAnswers(body: unknown): { files?: string[]; folder?: string | null } {
  const value = body as { files?: unknown; folder?: unknown } | null;
  const files = value?.files;
  const folder = value?.folder;
  const isPathList = Array.isArray(files) && files.every((path) => typeof path === 'string');
  if (files !== undefined && !isPathList) throw new HttpError(400, 'files must be a list of paths');
  if (folder !== undefined && folder !== null && typeof folder !== 'string')
    throw new HttpError(400, 'folder must be a path or null');
  return { files: files as string[] | undefined, folder: folder as string | null | undefined };
}

/** Starts the bridge on 127.0.0.1 and resolves once it listens. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const root = normalize(options.rendererDir + sep);
  const auth: BridgeAuth = { port: 0, token: options.token ?? createBridgeToken() };
  let isQueryTokenUsed = false;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!isSameHost(request, auth)) throw new HttpError(403, 'Forbidden host');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${auth.port}`);
    // A `%` that starts no escape is the client's mistake: answered here, before any
    // decoding below could throw it as a 500 with a stack.
    if (!isDecodable(url.pathname)) throw new HttpError(400, 'Malformed percent-encoding');

    if (request.method === 'GET' && url.pathname === '/bridge/hello') {
      // Without a token on purpose: a second bridge asks who holds the port it wanted.
      sendJson(response, 200, { app: 'sourcemark', pid: process.pid } satisfies BridgeHello);
      return;
    }
    const isCookieSignedIn = hasCookieToken(request, auth);
    if (request.method === 'GET' && hasQueryToken(url, auth)) {
      // The printed link works once, so a copy left in a terminal or a history cannot open
      // the library; the browser that used it holds the cookie and is simply sent on.
      if (isQueryTokenUsed && !isCookieSignedIn) {
        sendHtml(response, 401, signInPageHtml('link-used'));
        return;
      }
      isQueryTokenUsed = true;
      // Trade the query token for a cookie, and drop it from the address bar.
      response.writeHead(303, {
        location: '/',
        'set-cookie': tokenCookie(auth),
        'cache-control': 'no-store',
      });
      response.end();
      return;
    }
    if (!isCookieSignedIn && !hasHeaderToken(request, auth)) {
      if (request.method === 'GET' && isPagePath(url.pathname)) {
        sendHtml(response, 401, signInPageHtml('no-session'));
        return;
      }
      throw new HttpError(401, 'Missing token');
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') throw new HttpError(405, 'Use POST');
      if (!hasHeaderToken(request, auth)) throw new HttpError(401, 'Missing token header');
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      if (isBytesRequest(request)) {
        if (!BYTE_ARGUMENT_CHANNELS.has(channel as HostChannel)) {
          request.resume();
          throw new HttpError(415, `${channel} takes JSON, not bytes`);
        }
        // The body's bound is the chunk's; the channel's schema checks the rest.
        const args = await readBytesCall(request, MAX_CHUNK_BYTES);
        sendResult(response, await dispatchHostCall(options.table, channel, args));
        return;
      }
      const body = (await readJsonBody(request)) as { args?: unknown } | null;
      sendResult(response, await dispatchHostCall(options.table, channel, body?.args));
      return;
    }
    if (url.pathname === '/bridge/dialog-answers') {
      if (request.method !== 'POST' || !hasHeaderToken(request, auth))
        throw new HttpError(401, 'Missing token header');
      const answers = parseDialogAnswers(await readJsonBody(request));
      if (answers.files) options.dialogs.pushFiles(answers.files);
      if (answers.folder !== undefined) options.dialogs.pushFolder(answers.folder);
      sendJson(response, 200, { ok: true });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new HttpError(405, 'Method not allowed');
    // Only a browser signed in by its cookie gets the token in the page: it is the one
    // place the renderer can read it from (the cookie is HttpOnly).
    if (isCookieSignedIn && isPagePath(url.pathname)) {
      await serveAppPage(root, auth.token, response);
      return;
    }
    await serveStatic(root, url.pathname, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError)) console.error('[bridge]', error);
      if (!response.headersSent)
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : 'Error');
    });
  });
  // Node closes an idle kept-alive connection after 5 s by default, racing a client that
  // reuses it just then: under load the bridge's byte-call tests lost a request to
  // ECONNRESET (the server's parser: HPE_INVALID_EOF_STATE) in 2 to 4 of 5 runs, none of 4
  // with a minute. The bridge has one local client; an idle socket costs nothing here.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  auth.port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${auth.port}`;
  return {
    url: `${origin}/?token=${auth.token}`,
    origin,
    port: auth.port,
    token: auth.token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
