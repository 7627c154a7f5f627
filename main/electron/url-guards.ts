/**
 * The decisions of the session and web-contents guards (`security.ts`): which requests the
 * page may make and where it may navigate. Pure, so each is tested with real URLs.
 */
import { isAppUrl } from './app-url';

/**
 * True when the session may load `url`: the app's own files, the app's own object URLs
 * (`blob:app://sourcemark/…`, how the page hands exports to the download manager) and
 * the devtools front end. Everything else, remote or local (`file:`, `data:`), is
 * cancelled: the app loads nothing from outside its bundle.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  // Only devtools' own pages, which Chromium serves from the binary.
  return url.startsWith('devtools://devtools/');
}

/**
 * True when the window may navigate (or be redirected) to `url`: only to the app's own
 * pages. A blob, data or javascript URL would replace the app with content that keeps no
 * guarantees, and an external page would get the preload's API.
 */
export function isAllowedNavigationUrl(url: string): boolean {
  return isAppUrl(url);
}
