/**
 * The host API over the loopback bridge (browser mode, end-to-end tests). Same contract as
 * the Electron preload; every call is a POST to `/api/<channel>` carrying the per-run token
 * in a header. The page reads the token from the meta tag the bridge put in its HTML (the
 * bridge's cookie is HttpOnly: a page on another port of 127.0.0.1 could read it otherwise).
 */
import type {
  HostChannel,
  HostChannels,
  IngestBatch,
  IngestFailure,
  Result,
  SourceChanges,
  SourcemarkApi,
} from '../../../preload/api';
import { hostUnreachableMessage, sessionEndedMessage } from './host-failure-messages';
import { pollSourceChecks } from './poll-source-checks';

const TOKEN_HEADER = 'x-sourcemark-token';
/** As the bridge reads a call whose last argument is bytes (`main/bridge/read-bytes-call.ts`). */
const ARGS_HEADER = 'x-sourcemark-args';
const BYTES_CONTENT_TYPE = 'application/octet-stream';

/**
 * The request for a call: JSON, or, when the last argument is bytes (a backup chunk as a
 * Blob, an export chunk as a `Uint8Array`), those bytes as the body and the other arguments in a header, so they are never
 * base64 in JSON. Either body goes in a `Blob`: Chromium's `fetch` of a `Uint8Array` body
 * held the calling thread 230–300 ms per MB (its whole call took 390–560 ms), of a `Blob` of
 * the same bytes 11–13 ms (36 ms); of a 1.4 MB JSON string (10,000 watched sources)
 * 390–440 ms, of a `Blob` of it 70–130 ms, stringifying included; measured under load.
 */
function requestFor(args: readonly unknown[], token: string): RequestInit {
  const last = args.at(-1);
  if (last instanceof Blob || last instanceof Uint8Array)
    return {
      method: 'POST',
      headers: {
        'content-type': BYTES_CONTENT_TYPE,
        [TOKEN_HEADER]: token,
        [ARGS_HEADER]: encodeURIComponent(JSON.stringify(args.slice(0, -1))),
      },
      body: last instanceof Blob ? last : new Blob([last as Uint8Array<ArrayBuffer>]),
    };
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: new Blob([JSON.stringify({ args })], { type: 'application/json' }),
  };
}

/** The bridge's token, from `<meta name="sourcemark-token">` (`main/bridge/app-page.ts`). */
export function readPageToken(page: Document): string {
  return page.querySelector('meta[name="sourcemark-token"]')?.getAttribute('content') ?? '';
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Creates the HTTP implementation of `SourcemarkApi`, signing each call with `token`. */
export function createHttpHostApi(token: string): SourcemarkApi {
  function call<C extends HostChannel>(
    channel: C,
    ...args: HostChannels[C]['args']
  ): Promise<Result<HostChannels[C]['value']>> {
    return send(channel, args);
  }

  /**
   * `call` with the arguments and answer the page sees: the last argument may be a Blob the
   * channel receives as bytes, and bytes the channel answers arrive as a Blob.
   */
  async function send<T>(channel: HostChannel, args: readonly unknown[]): Promise<Result<T>> {
    try {
      const response = await fetch(`/api/${channel}`, requestFor(args, token));
      if (response.status === 401) {
        return { ok: false, error: { code: 'internal', message: sessionEndedMessage(channel) } };
      }
      if (!response.ok) {
        const reason = await response.text();
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `The bridge refused ${channel} (${response.status}: ${reason}).`,
          },
        };
      }
      // Bytes come as the body itself (a backup chunk read back), kept as a Blob, never
      // copied into the page; anything else as JSON.
      if (response.headers.get('content-type')?.startsWith(BYTES_CONTENT_TYPE))
        return { ok: true, value: (await response.blob()) as T };
      return (await response.json()) as Result<T>;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'internal', message: hostUnreachableMessage(detail) },
      };
    }
  }

  async function ingestDropped(files: File[]): Promise<Result<IngestBatch>> {
    const info = await call('sm:app:info');
    const maxBytes = info.ok ? info.value.maxFileBytes : Number.POSITIVE_INFINITY;
    const batch: IngestBatch = { articles: [], failures: [] };
    // One file per request keeps each body bounded and one bad file from sinking the rest.
    for (const file of files) {
      const failure = (reason: IngestFailure['reason'], message: string) =>
        batch.failures.push({ path: `dropped:${file.name}`, reason, message });
      if (file.size > maxBytes) {
        failure(
          'too-large',
          `"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit.`,
        );
        continue;
      }
      const answer = await call('sm:library:ingestUploads', [
        { name: file.name, base64: await readAsBase64(file) },
      ]);
      if (!answer.ok) failure('unreadable', `"${file.name}": ${answer.error.message}`);
      else {
        batch.articles.push(...answer.value.articles);
        batch.failures.push(...answer.value.failures);
      }
    }
    return { ok: true, value: batch };
  }

  const api = {
    app: {
      info: () => call('sm:app:info'),
      takeLaunchPaths: () => call('sm:app:takeLaunchPaths'),
      // A browser tab has no native menu and no second launch: nothing will ever fire.
      onDidInvokeMenu: () => () => {},
      onDidRequestOpen: () => () => {},
    },
    dialog: {
      pickFiles: () => call('sm:dialog:pickFiles'),
      pickFolder: () => call('sm:dialog:pickFolder'),
      enterPaths: (mode, paths) => call('sm:dialog:enterPaths', mode, paths),
    },
    library: {
      samplePaths: () => call('sm:library:samplePaths'),
      scanFolder: (root) => call('sm:library:scanFolder', root),
      ingestFiles: (paths, stored, upcoming) =>
        call('sm:library:ingestFiles', paths, stored, upcoming),
      ingestDropped,
      revealFile: (path) => call('sm:library:revealFile', path),
    },
    sources: {
      watch: (sources) => call('sm:sources:watch', sources),
      check: () => call('sm:sources:check'),
      // The bridge cannot push: the page asks on an interval, through the same handler.
      onDidChangeSources: (listener: (changes: SourceChanges) => void) =>
        pollSourceChecks(() => call('sm:sources:check'), listener),
    },
    backup: {
      listSnapshots: () => call('sm:backup:listSnapshots'),
      setRetention: (policy) => call('sm:backup:setRetention', policy),
      beginWrite: (target) => call('sm:backup:beginWrite', target),
      writeChunk: (id, chunk) => send('sm:backup:writeChunk', [id, chunk]),
      readWritten: (id, offset, length) => send('sm:backup:readWritten', [id, offset, length]),
      commitWrite: (id) => call('sm:backup:commitWrite', id),
      rewindWrite: (id) => call('sm:backup:rewindWrite', id),
      abortWrite: (id) => call('sm:backup:abortWrite', id),
      readSnapshot: (name, offset, length) =>
        send('sm:backup:readSnapshot', [name, offset, length]),
    },
    exportFile: {
      open: (fileName) => call('sm:export:open', fileName),
      append: (writeId, bytes) => call('sm:export:append', writeId, bytes),
      close: (writeId) => call('sm:export:close', writeId),
      abort: (writeId) => call('sm:export:abort', writeId),
    },
  } satisfies SourcemarkApi;
  return api;
}
