/**
 * The handler table: one entry per host channel, each a schema and a plain-Node function.
 * Electron registers it on `ipcMain` (main/electron/register-ipc.ts); the loopback bridge
 * serves it over HTTP (main/bridge/bridge-server.ts). Both go through `dispatchHostCall`,
 * so validation and error shaping are identical whatever the transport.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostChannel, HostChannels, IngestBatch, Result } from '../../preload/api';
import { ingestContent } from '../ingest/ingest-content';
import { ingestFiles } from '../ingest/ingest-file';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from '../ingest/limits';
import { scanFolder } from '../ingest/scan-folder';
import { createSourceWatcher, type SourceWatcher } from '../ingest/watch/source-watcher';
import { HostFailure } from './host-failure';
import type { HostServices } from './host-services';
import { describeIssue, payloadSchemas } from './payload-schemas';

export type HandlerTable = {
  [C in HostChannel]: (...args: HostChannels[C]['args']) => Promise<HostChannels[C]['value']>;
};

const noDialog = (what: string) =>
  new HostFailure(
    'dialog-unavailable',
    `This window has no ${what} dialog: type the path instead.`,
  );

/**
 * Builds the handlers over the given shell services. `sources` is the watcher of the
 * library's files; a shell that polls it itself (Electron) passes its own.
 */
export function createHandlerTable(
  services: HostServices,
  sources: SourceWatcher = createSourceWatcher(),
): HandlerTable {
  return {
    'sm:app:info': async () => ({
      version: services.version,
      shell: services.shell,
      // The text limit: browser mode refuses larger drops before upload. PDF and DOCX
      // (50 MB) are checked by ingestion itself, which states each format's limit.
      maxFileBytes: MAX_FILE_BYTES,
      supportedExtensions: [...SUPPORTED_EXTENSIONS],
    }),
    'sm:app:takeLaunchPaths': async () => services.takeLaunchPaths(),
    'sm:dialog:pickFiles': async () => {
      const paths = await services.pickFiles();
      if (paths === undefined) throw noDialog('file');
      return paths;
    },
    'sm:dialog:pickFolder': async () => {
      const folder = await services.pickFolder();
      if (folder === undefined) throw noDialog('folder');
      return folder;
    },
    'sm:library:samplePaths': async () => {
      const names = await readdir(services.samplesDir).catch(() => []);
      return names
        .filter((name) => SUPPORTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
        .sort()
        .map((name) => join(services.samplesDir, name));
    },
    'sm:library:scanFolder': async (root) => scanFolder(root),
    'sm:library:ingestFiles': async (paths, stored) => ingestFiles(paths, stored),
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
    'sm:sources:watch': async (watched) => sources.watch(watched),
    'sm:sources:check': async () => sources.check(),
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
