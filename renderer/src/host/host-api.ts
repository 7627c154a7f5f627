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
/** Browser mode's token, for a worker that calls the bridge itself (`bridgeTokenForWorkers`). */
let bridgeToken: string | null = null;

/** Resolves the host API once at start-up; the HTTP client is loaded only in browser mode. */
export async function connectHostApi(): Promise<SourcemarkApi> {
  if (hostApi) return hostApi;
  if (window.sourcemark) {
    hostApi = window.sourcemark;
  } else {
    const { createHttpHostApi, readPageToken } = await import('./http-host-api');
    bridgeToken = readPageToken(document);
    hostApi = createHttpHostApi(bridgeToken);
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

/**
 * In browser mode, the bridge's token, so a worker of this page can send its bytes to the
 * bridge itself (the export's chunks) instead of through the page's thread; null in the
 * desktop app, whose host is reached only through the preload, on the page's thread.
 */
export function bridgeTokenForWorkers(): string | null {
  return bridgeToken;
}
