/**
 * The production origin `app://sourcemark/`: the renderer build served from disk under a
 * custom scheme registered as standard and secure, so IndexedDB, fetch and CSP behave as
 * on https. IndexedDB is per origin: the name (`app-url.ts`) must never change, or
 * libraries vanish. Which file a request names is decided in `app-request.ts`.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { rendererFileHeaders } from '../host/renderer-file-headers';
import { resolveAppRequest } from './app-request';
import { APP_SCHEME } from './app-url';

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves files below `rendererDir` for `app://sourcemark/...`; anything else is a 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.url, rendererDir);
    if (target.kind !== 'file') return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(target.path);
      return new Response(body, { headers: rendererFileHeaders(target.path) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
