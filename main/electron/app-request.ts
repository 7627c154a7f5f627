/**
 * The `app://` protocol's decision: which file of the renderer build a request names.
 * Pure; `app-protocol.ts` only reads the file and builds the Response.
 */
import { resolveRendererPath, type RendererPath } from '../host/renderer-path';
import { parseAppUrl } from './app-url';

export type AppRequestTarget = RendererPath | { kind: 'not-found'; reason: 'not-app-url' };

/**
 * Answers the file under `rendererDir` that `requestUrl` asks for, or not-found when the
 * URL is not the app's (another host such as `app://evil/`, a port, credentials) or its
 * path is malformed or leaves the folder. Never throws.
 */
export function resolveAppRequest(requestUrl: string, rendererDir: string): AppRequestTarget {
  const url = parseAppUrl(requestUrl);
  if (!url) return { kind: 'not-found', reason: 'not-app-url' };
  return resolveRendererPath(rendererDir, url.pathname);
}
