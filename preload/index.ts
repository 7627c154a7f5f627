/**
 * The preload: exposes `window.sourcemark`, the named methods of `SourcemarkApi`, and
 * nothing else. The page never sees `ipcRenderer`; it can only call these methods, each
 * bound to one channel, and main validates every payload again.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type {
  HostChannel,
  HostChannels,
  HostEvent,
  HostEvents,
  Result,
  SourcemarkApi,
} from './api';

function call<C extends HostChannel>(
  channel: C,
  ...args: HostChannels[C]['args']
): Promise<Result<HostChannels[C]['value']>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<Result<HostChannels[C]['value']>>;
}

function subscribe<E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void) {
  // The IPC event object is withheld: it would hand the page a sender it must not have.
  const handler = (_event: unknown, payload: HostEvents[E]) => listener(payload);
  ipcRenderer.on(event, handler);
  return () => {
    ipcRenderer.removeListener(event, handler);
  };
}

/** Bytes main answered, as the Blob the page's API answers (a Blob crosses the context bridge). */
function asBlob(answer: Result<Uint8Array>): Result<Blob> {
  return answer.ok
    ? { ok: true, value: new Blob([answer.value as Uint8Array<ArrayBuffer>]) }
    : answer;
}

const api = {
  app: {
    info: () => call('sm:app:info'),
    takeLaunchPaths: () => call('sm:app:takeLaunchPaths'),
    onDidInvokeMenu: (listener) => subscribe('sm:app:menu', listener),
    onDidRequestOpen: (listener) => subscribe('sm:app:openPaths', listener),
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
    revealFile: (path) => call('sm:library:revealFile', path),
    // Dropped files carry their path only through webUtils (File.path is gone since Electron 32).
    // The paths are taken here, not by the page, and main may read them from then on: a
    // page can hand over only files the user dropped or picked, never a path it names.
    ingestDropped: (files) =>
      call(
        'sm:library:ingestDropped',
        files.map((file) => webUtils.getPathForFile(file)),
      ),
  },
  sources: {
    watch: (sources) => call('sm:sources:watch', sources),
    check: () => call('sm:sources:check'),
    onDidChangeSources: (listener) => subscribe('sm:sources:changed', listener),
  },
  backup: {
    listSnapshots: () => call('sm:backup:listSnapshots'),
    setRetention: (policy) => call('sm:backup:setRetention', policy),
    beginWrite: (target) => call('sm:backup:beginWrite', target),
    // IPC cannot carry a Blob: its bytes go, and ipcRenderer's structured clone copies them.
    writeChunk: async (id, chunk) =>
      call('sm:backup:writeChunk', id, new Uint8Array(await chunk.arrayBuffer())),
    readWritten: async (id, offset, length) =>
      asBlob(await call('sm:backup:readWritten', id, offset, length)),
    commitWrite: (id) => call('sm:backup:commitWrite', id),
    rewindWrite: (id) => call('sm:backup:rewindWrite', id),
    abortWrite: (id) => call('sm:backup:abortWrite', id),
    readSnapshot: async (name, offset, length) =>
      asBlob(await call('sm:backup:readSnapshot', name, offset, length)),
  },
  exportFile: {
    open: (fileName) => call('sm:export:open', fileName),
    append: (writeId, bytes) => call('sm:export:append', writeId, bytes),
    close: (writeId) => call('sm:export:close', writeId),
    abort: (writeId) => call('sm:export:abort', writeId),
  },
} satisfies SourcemarkApi;

contextBridge.exposeInMainWorld('sourcemark', api);
