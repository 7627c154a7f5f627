/**
 * The handler table: one entry per host channel, each a schema and a plain-Node function.
 * Electron registers it on `ipcMain` (main/electron/register-ipc.ts); the loopback bridge
 * serves it over HTTP (main/bridge/bridge-server.ts). Both go through `dispatchHostCall`,
 * so validation and error shaping are identical whatever the transport.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { HostChannel, HostChannels, IngestBatch, Result } from '../../preload/api';
import { ingestContent } from '../ingest/ingest-content';
import { newReadAhead } from '../ingest/ingest-file';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from '../ingest/limits';
import { createSourceWatcher, type SourceWatcher } from '../ingest/watch/source-watcher';
import { createExportWrites, type ExportWrites } from './export-writes';
import type { BackupStore } from './backup/backup-store';
import { ingestGrantedFiles, scanGrantedFolder, watchGrantedSources } from './granted-reads';
import { HostFailure } from './host-failure';
import type { HostServices } from './host-services';
import { createPathGrantStore, type PathGrantStore } from './path-grant-store';
import { describeIssue, payloadSchemas } from './payload-schemas';
import { decideReveal } from './reveal-file';

export type HandlerTable = {
  [C in HostChannel]: (...args: HostChannels[C]['args']) => Promise<HostChannels[C]['value']>;
};

const noDialog = (what: string) =>
  new HostFailure(
    'dialog-unavailable',
    `This window has no ${what} dialog: type the path instead.`,
  );

/** What the handlers work with besides the shell's services; each has a default. */
export interface HandlerDependencies {
  /** The watcher of the library's files; a shell that polls it itself (Electron) passes its own. */
  sources?: SourceWatcher;
  /**
   * What the user opened, the only paths the handlers read; what the dialogs and launch
   * paths answer goes into it here. A shell passes a store that remembers the library's
   * sources across restarts; the default forgets them.
   */
  grants?: PathGrantStore;
  /** Streamed export files; the default writes into `defaultExportsDir()`. */
  exportWrites?: ExportWrites;
  /** Backup files and the snapshot folder; without one, the backup channels answer `unsupported`. */
  backups?: BackupStore;
}

/** Builds the handlers over the given shell services. The bundled samples are always readable. */
export function createHandlerTable(
  services: HostServices,
  {
    sources = createSourceWatcher(),
    grants = createPathGrantStore(),
    exportWrites = createExportWrites(),
    backups,
  }: HandlerDependencies = {},
): HandlerTable {
  const backupStore = () => {
    if (!backups) throw new HostFailure('unsupported', 'This host keeps no backups.');
    return backups;
  };
  void grants.grantFolder(services.samplesDir);
  // One import runs at a time (the page queues them), so one read-ahead serves them all.
  const readAhead = newReadAhead();
  return {
    'sm:app:info': async () => ({
      version: services.version,
      shell: services.shell,
      // The text limit: browser mode refuses larger drops before upload. PDF and DOCX
      // (50 MB) are checked by ingestion itself, which states each format's limit.
      maxFileBytes: MAX_FILE_BYTES,
      supportedExtensions: [...SUPPORTED_EXTENSIONS],
    }),
    'sm:app:takeLaunchPaths': async () => {
      const paths = services.takeLaunchPaths();
      await grants.grantFiles(paths);
      return paths;
    },
    'sm:dialog:pickFiles': async () => {
      const paths = await services.pickFiles();
      if (paths === undefined) throw noDialog('file');
      await grants.grantFiles(paths);
      return paths;
    },
    'sm:dialog:pickFolder': async () => {
      const folder = await services.pickFolder();
      if (folder === undefined) throw noDialog('folder');
      if (folder !== null) await grants.grantFolder(folder);
      return folder;
    },
    'sm:dialog:enterPaths': async (mode, typed) => {
      // Typed paths stand in for a dialog only where there is none: in the desktop app
      // they would let the page grant itself any file.
      if (services.shell !== 'browser')
        throw new HostFailure('unsupported', 'Use Open files or Open folder to choose paths.');
      const paths = typed.map((path) => resolve(path));
      if (mode === 'folder') await grants.grantFolder(paths[0]!);
      else await grants.grantFiles(paths);
      return paths;
    },
    'sm:library:samplePaths': async () => {
      const names = await readdir(services.samplesDir).catch(() => []);
      return names
        .filter((name) => SUPPORTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
        .sort()
        .map((name) => join(services.samplesDir, name));
    },
    'sm:library:scanFolder': async (root) => scanGrantedFolder(grants, root),
    'sm:library:ingestFiles': async (paths, stored, upcoming) =>
      ingestGrantedFiles(grants, paths, stored, upcoming && { upcoming, readAhead }),
    'sm:library:ingestDropped': async (paths) => {
      // Only the Electron preload calls this, with paths it took from dropped `File`s
      // itself; a browser page uploads content, and must not name paths to grant.
      if (services.shell !== 'electron')
        throw new HostFailure('unsupported', 'Dropped files are uploaded in browser mode.');
      await grants.grantFiles(paths);
      return ingestGrantedFiles(grants, paths);
    },
    'sm:library:revealFile': async (path) => {
      const absolute = resolve(path);
      const { granted } = await grants.sortPaths([absolute]);
      const found = await stat(absolute).catch(() => undefined);
      const decision = decideReveal({
        path: absolute,
        isGranted: granted.length === 1,
        onDisk: !found ? 'missing' : found.isFile() ? 'file' : 'folder',
        canShowInFolder: services.showItemInFolder !== undefined,
      });
      if (decision.kind === 'refuse') throw new HostFailure('invalid-payload', decision.reason);
      if (decision.kind === 'show') services.showItemInFolder?.(absolute);
      return decision.answer;
    },
    'sm:library:ingestUploads': async (files) => {
      const batch: IngestBatch = { articles: [], failures: [] };
      for (const file of files) {
        const outcome = await ingestContent(Buffer.from(file.base64, 'base64'), {
          sourcePath: `dropped:${file.name}`,
          sourceName: file.name,
          modifiedAtMs: Date.now(),
        });
        if (outcome.kind === 'article') batch.articles.push(outcome.article);
        else batch.failures.push(outcome.failure);
      }
      return batch;
    },
    'sm:sources:watch': async (watched) => watchGrantedSources(grants, sources, watched),
    'sm:sources:check': async () => sources.check(),
    'sm:backup:listSnapshots': async () => backupStore().listSnapshots(),
    'sm:backup:setRetention': async (policy) => backupStore().setRetention(policy),
    'sm:backup:beginWrite': async (target) => backupStore().beginWrite(target),
    'sm:backup:writeChunk': async (id, bytes) => backupStore().writeChunk(id, bytes),
    'sm:backup:readWritten': async (id, offset, length) =>
      backupStore().readWritten(id, offset, length),
    'sm:backup:commitWrite': async (id) => backupStore().commitWrite(id),
    'sm:backup:rewindWrite': async (id) => backupStore().rewindWrite(id),
    'sm:backup:abortWrite': async (id) => backupStore().abortWrite(id),
    'sm:backup:readSnapshot': async (name, offset, length) =>
      backupStore().readSnapshot(name, offset, length),
    'sm:export:open': async (fileName) => exportWrites.open(fileName),
    'sm:export:append': async (writeId, bytes) => exportWrites.append(writeId, bytes),
    'sm:export:close': async (writeId) => exportWrites.close(writeId),
    'sm:export:abort': async (writeId) => exportWrites.abort(writeId),
  };
}

/** True when `channel` names a host channel (guards against prototype keys too). */
export function isHostChannel(channel: string): channel is HostChannel {
  return Object.hasOwn(payloadSchemas, channel);
}

/**
 * Validates `rawArgs` against the channel's schema, runs the handler and answers a Result.
 * Never throws: unknown channels, bad payloads and handler crashes all become errors.
 */
export async function dispatchHostCall(
  table: HandlerTable,
  channel: string,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (!isHostChannel(channel)) {
    return {
      ok: false,
      error: { code: 'invalid-payload', message: `Unknown host call "${channel}".` },
    };
  }
  const parsed = payloadSchemas[channel].safeParse(rawArgs);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-payload',
        message: `Refused ${channel}: ${describeIssue(parsed.error)}.`,
      },
    };
  }
  try {
    const handler = table[channel] as (...args: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    if (error instanceof HostFailure) return { ok: false, error: error.toHostError() };
    console.error(`[sourcemark] ${channel} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected error in ${channel}: ${detail}` },
    };
  }
}
