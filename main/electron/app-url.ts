/**
 * What counts as the app's own address, `app://sourcemark/...`. Pure (no `electron`
 * import), so the guards built on it are tested under plain Node with the URLs Electron
 * sends.
 *
 * Never compare `new URL(url).origin`: main runs Node's URL class, which knows nothing of
 * `protocol.registerSchemesAsPrivileged` and answers the origin `'null'` for every
 * non-special scheme. An origin check refused the app's own page, assets and IPC frame.
 * Scheme and host are what Node and Chromium agree on.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'sourcemark';
/** The scheme and host as Chromium spells the origin; IndexedDB lives under it, never rename. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Parses `url` and answers it when it addresses the app: scheme `app:`, host `sourcemark`
 * (any case, as Chromium lowercases standard hosts), no port and no credentials. Anything
 * unparsable or elsewhere answers `undefined`.
 */
export function parseAppUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const isApp =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return isApp ? parsed : undefined;
}

/** True when `url` is a page or file of the app itself (any path, query or hash). */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== undefined;
}
