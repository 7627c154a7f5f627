/**
 * Where the renderer gets its host: the Electron preload's `window.sourcemark`, or, when the
 * page is served by the loopback bridge (browser mode), an HTTP client with the same contract.
 */
import type { SourcemarkApi } from '../../../preload/api';

declare global {
  interface Window {
    sourcemark?: SourcemarkApi;
  }
}

let hostApi: SourcemarkApi | undefined;

/** Resolves the host API once at start-up; the HTTP client is loaded only in browser mode. */
export async function connectHostApi(): Promise<SourcemarkApi> {
  if (hostApi) return hostApi;
  if (window.sourcemark) {
    hostApi = window.sourcemark;
  } else {
    const { createHttpHostApi, readPageToken } = await import('./http-host-api');
    hostApi = createHttpHostApi(readPageToken(document));
  }
  return hostApi;
}

/** The host API, or null where none was connected (a unit test rendering a dialog alone). */
export function hostApiIfConnected(): SourcemarkApi | null {
  return hostApi ?? null;
}

/** The host API; `connectHostApi` must have resolved first (the app root awaits it). */
export function hostApiOrThrow(): SourcemarkApi {
  if (!hostApi) throw new Error('Host API used before connectHostApi() resolved');
  return hostApi;
}
