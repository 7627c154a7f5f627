/**
 * Who may talk to the loopback bridge. It serves a user's files, so a page in another tab
 * (or a DNS-rebinding attacker) must be unable to use it:
 * - it listens on 127.0.0.1 only;
 * - the Host header must be exactly that address (defeats DNS rebinding);
 * - every request carries the per-run token: page loads as an HttpOnly, SameSite=Strict
 *   cookie set when the user opens the printed one-time URL (HttpOnly because cookies
 *   ignore ports: a page served on another 127.0.0.1 port could read a script-visible
 *   one), and API calls in a custom header, which a cross-origin page cannot send without
 *   a CORS preflight that the bridge never answers. The page learns the token from a meta
 *   tag in its own HTML (`app-page.ts`), which no other origin can read.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-sourcemark-token';

/** A fresh 256-bit token, URL-safe. */
export function createBridgeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The cookie holding the token; per port, since cookies ignore ports. */
export function tokenCookieName(port: number): string {
  return `sm_token_${port}`;
}

/**
 * Chrome's longest cookie life (400 days). The cookie outlives a browser restart, so a
 * profile reopened at the bridge's address is still signed in; it is worth nothing once
 * the bridge stops, since the next run has a new token.
 */
const TOKEN_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

/** The `Set-Cookie` value that signs this browser in: persistent, unreadable by scripts. */
export function tokenCookie(auth: BridgeAuth): string {
  return [
    `${tokenCookieName(auth.port)}=${auth.token}`,
    'Path=/',
    `Max-Age=${TOKEN_COOKIE_MAX_AGE_S}`,
    'HttpOnly',
    'SameSite=Strict',
  ].join('; ');
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export interface BridgeAuth {
  port: number;
  token: string;
}

/** The Host header names the bridge itself, and an Origin, if sent, is the bridge's. */
export function isSameHost(request: IncomingMessage, auth: BridgeAuth): boolean {
  const expected = `127.0.0.1:${auth.port}`;
  if (request.headers.host !== expected) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${expected}`;
}

/** Token from the `?token=` query of a page load. */
export function hasQueryToken(url: URL, auth: BridgeAuth): boolean {
  return sameToken(url.searchParams.get('token') ?? undefined, auth.token);
}

export function hasCookieToken(request: IncomingMessage, auth: BridgeAuth): boolean {
  return sameToken(cookieValue(request, tokenCookieName(auth.port)), auth.token);
}

export function hasHeaderToken(request: IncomingMessage, auth: BridgeAuth): boolean {
  const header = request.headers[TOKEN_HEADER];
  return sameToken(typeof header === 'string' ? header : undefined, auth.token);
}
