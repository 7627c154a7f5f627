/**
 * The app's page as the bridge serves it to a signed-in browser: the built `index.html`
 * with the session token in a `<meta name="sourcemark-token">`, which the renderer reads to
 * sign its API calls. The cookie that signs the page load itself is HttpOnly, so no script
 * reads it; and no other origin can read this HTML (the bridge sends no CORS headers and
 * the CSP forbids framing), so the token reaches our page and nothing else.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { rendererFileHeaders } from '../host/renderer-file-headers';
import { HttpError } from './http-error';

/** The `name` of the meta tag carrying the token (read by `renderer/src/host/`). */
export const TOKEN_META_NAME = 'sourcemark-token';

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * Answers `html` with the token meta tag as the first child of `<head>` (or, for a page
 * without one, right after the doctype, where the parser opens the head anyway).
 * A meta tag is data, not script: the strict CSP stays as it is.
 */
export function withTokenMeta(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${escapeAttribute(token)}" />`;
  const anchor = /<head(\s[^>]*)?>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  const at = anchor ? anchor.index + anchor[0].length : 0;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Sends an HTML page with the renderer's security headers; never cached, since it may hold the token. */
export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    ...rendererFileHeaders('index.html'),
    'cache-control': 'no-store',
  });
  response.end(html);
}

/** Serves the built `index.html` from `rendererDir` with the token meta tag. */
export async function serveAppPage(
  rendererDir: string,
  token: string,
  response: ServerResponse,
): Promise<void> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new HttpError(404, 'Not found');
  });
  sendHtml(response, 200, withTokenMeta(html, token));
}
