/**
 * The handlers read only what the user opened: through `dispatchHostCall`, as a renderer
 * (a compromised one included) reaches them, on real temp folders with real links.
 */
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  FolderScan,
  IngestBatch,
  Result,
  SourceRegistration,
  WatchedSource,
} from '../../preload/api';
import { createSourceWatcher } from '../ingest/watch/source-watcher';
import { createGrantedSourcesFile } from './granted-sources-file';
import { createHandlerTable, dispatchHostCall, type HandlerTable } from './handlers';
import type { HostServices } from './host-services';
import { createPathGrantStore } from './path-grant-store';

const STORY = 'Le port de Bakou reste saturé depuis l’hiver, selon le ministre.\n';
const NOT_OPENED = /^Sourcemark may only read files you opened: "secret\.txt" was not opened/;

let root: string;
let opened: string;
let outside: string;
let secret: string;
let grantsFile: string;
let dialogs: { files: string[]; folder: string | null; launch: string[] };

/** A table as a shell builds it, remembering sources in `grantsFile`. */
function makeTable(shell: HostServices['shell'] = 'browser'): HandlerTable {
  return createHandlerTable(
    {
      shell,
      version: '0',
      samplesDir: join(root, 'samples'),
      takeLaunchPaths: () => dialogs.launch.splice(0),
      pickFiles: async () => dialogs.files,
      pickFolder: async () => dialogs.folder,
    },
    {
      sources: createSourceWatcher({ settleMs: 1 }),
      grants: createPathGrantStore({ sourcesFile: createGrantedSourcesFile(grantsFile) }),
    },
  );
}

async function call<T>(table: HandlerTable, channel: string, args: unknown[]): Promise<T> {
  const answer = (await dispatchHostCall(table, channel, args)) as Result<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value;
}

const ingest = (table: HandlerTable, paths: string[]) =>
  call<IngestBatch>(table, 'sm:library:ingestFiles', [paths]);
const ingestedPaths = (batch: IngestBatch) => batch.articles.map((a) => a.sourcePath);

async function pickFolder(table: HandlerTable, folder: string): Promise<void> {
  dialogs.folder = folder;
  await call(table, 'sm:dialog:pickFolder', []);
}

async function pickFiles(table: HandlerTable, files: string[]): Promise<void> {
  dialogs.files = files;
  await call(table, 'sm:dialog:pickFiles', []);
}

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'sm-grants-')));
  opened = join(root, 'opened');
  outside = join(root, 'outside');
  secret = join(outside, 'secret.txt');
  grantsFile = join(root, 'config', 'granted-sources.jsonl');
  await mkdir(join(opened, 'nested'), { recursive: true });
  await mkdir(outside);
  await mkdir(join(root, 'samples'));
  await writeFile(join(opened, 'a.txt'), STORY);
  await writeFile(join(opened, 'nested', 'b.txt'), `Deuxième dépêche.\n${STORY}`);
  await writeFile(secret, `Ne pas lire.\n${STORY}`);
  dialogs = { files: [], folder: null, launch: [] };
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('ingestFiles', () => {
  it('refuses a file the user never opened with a per-file failure, not an error', async () => {
    const batch = await ingest(makeTable(), [secret]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures).toEqual([
      { path: secret, reason: 'not-opened', message: expect.stringMatching(NOT_OPENED) },
    ]);
  });

  it('reads a file picked in the file dialog, and still refuses its neighbour', async () => {
    const table = makeTable();
    await pickFiles(table, [join(opened, 'a.txt')]);
    const batch = await ingest(table, [join(opened, 'nested', 'b.txt'), join(opened, 'a.txt')]);
    expect(ingestedPaths(batch)).toEqual([join(opened, 'a.txt')]);
    expect(batch.failures.map((f) => [f.path, f.reason])).toEqual([
      [join(opened, 'nested', 'b.txt'), 'not-opened'],
    ]);
  });

  it('reads any file under a folder picked in the folder dialog', async () => {
    const table = makeTable();
    await pickFolder(table, opened);
    const batch = await ingest(table, [join(opened, 'nested', 'b.txt')]);
    expect(ingestedPaths(batch)).toEqual([join(opened, 'nested', 'b.txt')]);
  });

  it('refuses a `..` way out of an opened folder', async () => {
    const table = makeTable();
    await pickFolder(table, opened);
    const escape = join(opened, 'nested', '..', '..', 'outside', 'secret.txt');
    const batch = await ingest(table, [escape]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures).toEqual([
      { path: secret, reason: 'not-opened', message: expect.stringMatching(NOT_OPENED) },
    ]);
  });

  it('refuses a link inside an opened folder that leads out of it', async () => {
    await symlink(outside, join(opened, 'to-outside'));
    await symlink(secret, join(opened, 'secret.txt'));
    const table = makeTable();
    await pickFolder(table, opened);
    const batch = await ingest(table, [
      join(opened, 'to-outside', 'secret.txt'),
      join(opened, 'secret.txt'),
    ]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures.map((f) => f.reason)).toEqual(['not-opened', 'not-opened']);
  });

  it('reads a file given on the command line once the page has taken it', async () => {
    dialogs.launch = [join(opened, 'a.txt')];
    const table = makeTable();
    expect(await call(table, 'sm:app:takeLaunchPaths', [])).toEqual([join(opened, 'a.txt')]);
    expect(ingestedPaths(await ingest(table, [join(opened, 'a.txt')]))).toEqual([
      join(opened, 'a.txt'),
    ]);
  });

  it('reads the bundled samples without any dialog', async () => {
    await writeFile(join(root, 'samples', 'sample.txt'), STORY);
    const table = makeTable();
    const samples = await call<string[]>(table, 'sm:library:samplePaths', []);
    expect(ingestedPaths(await ingest(table, samples))).toEqual([
      join(root, 'samples', 'sample.txt'),
    ]);
  });
});

describe('scanFolder', () => {
  it('refuses to list a folder the user never opened', async () => {
    const scan = await call<FolderScan>(makeTable(), 'sm:library:scanFolder', [outside]);
    expect(scan).toEqual({
      root: outside,
      files: [],
      skipped: [
        {
          path: outside,
          reason: 'not-opened',
          message: expect.stringMatching(/^Sourcemark may only read folders you opened/),
        },
      ],
    });
  });

  it('lists an opened folder, and the files it lists through its own links can be read', async () => {
    // The scan follows the user's links to other folders on purpose: what it lists is
    // what the user's folder holds.
    await symlink(outside, join(opened, 'linked'));
    const table = makeTable();
    await pickFolder(table, opened);
    const scan = await call<FolderScan>(table, 'sm:library:scanFolder', [opened]);
    const viaLink = join(opened, 'linked', 'secret.txt');
    expect(scan.files).toContain(viaLink);
    expect(ingestedPaths(await ingest(table, scan.files))).toEqual(scan.files);
  });
});

describe('typed paths and drops', () => {
  it('grants paths typed in browser mode, files and folders', async () => {
    const table = makeTable('browser');
    await call(table, 'sm:dialog:enterPaths', ['files', [join(opened, 'a.txt')]]);
    await call(table, 'sm:dialog:enterPaths', ['folder', [join(opened, 'nested')]]);
    const batch = await ingest(table, [join(opened, 'a.txt'), join(opened, 'nested', 'b.txt')]);
    expect(batch.failures).toEqual([]);
  });

  it('refuses typed paths in the desktop app, which has dialogs, and grants nothing', async () => {
    const table = makeTable('electron');
    const answer = await dispatchHostCall(table, 'sm:dialog:enterPaths', ['files', [secret]]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect((await ingest(table, [secret])).failures[0]?.reason).toBe('not-opened');
  });

  it('grants and reads paths the Electron preload took from dropped files', async () => {
    const table = makeTable('electron');
    const batch = await call<IngestBatch>(table, 'sm:library:ingestDropped', [
      [join(opened, 'a.txt')],
    ]);
    expect(ingestedPaths(batch)).toEqual([join(opened, 'a.txt')]);
  });

  it('refuses dropped paths in browser mode, where a page would name them itself', async () => {
    const table = makeTable('browser');
    const answer = await dispatchHostCall(table, 'sm:library:ingestDropped', [[secret]]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect((await ingest(table, [secret])).failures[0]?.reason).toBe('not-opened');
  });
});

describe('sources.watch', () => {
  const sourceAt = (path: string): WatchedSource => ({
    path,
    sizeBytes: 1,
    modifiedAtMs: 1,
    textSha256: '0'.repeat(64),
  });

  it('watches only opened files, answers the others as refused, and grants nothing', async () => {
    const table = makeTable();
    await pickFolder(table, opened);
    const registration = await call<SourceRegistration>(table, 'sm:sources:watch', [
      [sourceAt(join(opened, 'a.txt')), sourceAt(secret)],
    ]);
    expect(registration).toEqual({ watched: 1, refused: [secret] });
    // Had it been watched, a check would have read it back as a changed article.
    expect((await ingest(table, [secret])).failures[0]?.reason).toBe('not-opened');
  });
});

describe('remembered sources', () => {
  it('keeps the library’s ingested files readable after a restart, and nothing else', async () => {
    const first = makeTable();
    await pickFiles(first, [join(opened, 'a.txt'), join(opened, 'nested', 'b.txt')]);
    // Picked, then only one of the two imported.
    await ingest(first, [join(opened, 'a.txt')]);

    const restarted = makeTable();
    const batch = await ingest(restarted, [join(opened, 'a.txt'), join(opened, 'nested', 'b.txt')]);
    expect(ingestedPaths(batch)).toEqual([join(opened, 'a.txt')]);
    expect(batch.failures.map((f) => [f.path, f.reason])).toEqual([
      [join(opened, 'nested', 'b.txt'), 'not-opened'],
    ]);
    const registration = await call<SourceRegistration>(restarted, 'sm:sources:watch', [
      [{ path: join(opened, 'a.txt'), sizeBytes: 1, modifiedAtMs: 1, textSha256: '0'.repeat(64) }],
    ]);
    expect(registration).toEqual({ watched: 1, refused: [] });
  });
});
