/**
 * Session- and app-wide guards: the page may not navigate away from the app, open
 * windows, or be granted any permission. Applied to every web contents as it is created,
 * so a window added later cannot forget them. The decisions live in `url-guards.ts`.
 */
import { app, session, type WebContents } from 'electron';
import { isAllowedNavigationUrl, isAllowedRequestUrl } from './url-guards';

function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[sourcemark] refused window.open(${url})`);
    return { action: 'deny' };
  });
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigationUrl(url)) return;
    event.preventDefault();
    console.warn(`[sourcemark] refused navigation to ${url}`);
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Installs the guards; call once before any window is created. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Remote content is never loaded: cancel any request that is not the app's own.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[sourcemark] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
