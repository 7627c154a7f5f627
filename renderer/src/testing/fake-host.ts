/**
 * A fake `SourcemarkApi` for unit tests: a plain object implementing the contract over an
 * in-memory "disk" of articles and failures, recording every call it receives.
 */
import type {
  FolderPages,
  IngestBatch,
  IngestedArticle,
  IngestFailure,
  MenuCommand,
  Result,
  SourceChanges,
  SourcemarkApi,
  TypedPathsMode,
  WatchedSource,
} from '../../../preload/api';
import { createMemoryBackupHost, type MemoryBackupHost } from './memory-backup-host';
import { createMemoryExportHost } from '../export/memory-export-host';

/** What the fake disk holds at a path: an article to ingest, or the failure to answer. */
export type FakeEntry = IngestedArticle | IngestFailure;

/** The fake host and the knobs a test turns. */
export interface FakeHost {
  api: SourcemarkApi;
  /** Every ingestFiles / ingestDropped call, by the paths or file names it was given. */
  ingestCalls: string[][];
  /** What each ingestFiles call was told the library holds from its folders. */
  storedPagesCalls: (FolderPages[] | undefined)[];
  /** The paths each ingestFiles call named as the next chunk, to read ahead. */
  upcomingCalls: (string[] | undefined)[];
  /** Files to answer per folder root. */
  folders: Map<string, { files: string[]; skipped: IngestFailure[] }>;
  /** The next answers of the native dialogs (`dialog-unavailable` when empty). */
  fileDialogAnswers: Result<string[]>[];
  folderDialogAnswers: Result<string | null>[];
  launchPaths: string[];
  samplePaths: string[];
  /** Makes the n-th ingest call (0-based) answer this error instead. */
  failIngestCall: Map<number, Result<IngestBatch>>;
  /** Called before every ingest answer: a test can await or abort here. */
  beforeIngestAnswer: (call: number) => Promise<void> | void;
  /** Every `dialog.enterPaths` call: what the user typed in place of a dialog. */
  typedPathCalls: { mode: TypedPathsMode; paths: string[] }[];
  /** Paths passed to `library.revealFile`, in order. */
  revealedPaths: string[];
  /** Every list given to `sources.watch`, in order. */
  watchCalls: WatchedSource[][];
  /** The answers of the next `sources.check` calls (nothing changed when empty). */
  sourceChecks: SourceChanges[];
  /** The backup files and snapshots written through `api.backup`, in memory. */
  backups: MemoryBackupHost;
  emitMenu(command: MenuCommand): void;
  emitOpen(paths: string[]): void;
  emitSourceChanges(changes: SourceChanges): void;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const unavailable = <T>(): Result<T> => ({
  ok: false,
  error: { code: 'dialog-unavailable', message: 'No native dialog in this window.' },
});

/** A fake host whose disk is `disk` (path → entry). */
export function createFakeHost(disk: Map<string, FakeEntry> = new Map()): FakeHost {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const openListeners = new Set<(paths: string[]) => void>();
  const sourceListeners = new Set<(changes: SourceChanges) => void>();

  const ingest = async (paths: string[]): Promise<Result<IngestBatch>> => {
    const call = fake.ingestCalls.length;
    fake.ingestCalls.push(paths);
    await fake.beforeIngestAnswer(call);
    const failure = fake.failIngestCall.get(call);
    if (failure) return failure;
    const batch: IngestBatch = { articles: [], failures: [] };
    for (const path of paths) {
      const entry = disk.get(path);
      if (!entry) {
        batch.failures.push({ path, reason: 'unreadable', message: `"${path}" does not exist.` });
      } else if ('reason' in entry) {
        batch.failures.push(entry);
      } else {
        batch.articles.push(entry);
      }
    }
    return ok(batch);
  };

  const backups = createMemoryBackupHost();
  const fake: FakeHost = {
    backups,
    ingestCalls: [],
    storedPagesCalls: [],
    upcomingCalls: [],
    folders: new Map(),
    fileDialogAnswers: [],
    folderDialogAnswers: [],
    launchPaths: [],
    samplePaths: [],
    failIngestCall: new Map(),
    beforeIngestAnswer: () => {},
    typedPathCalls: [],
    revealedPaths: [],
    watchCalls: [],
    sourceChecks: [],
    emitSourceChanges: (changes) => sourceListeners.forEach((listener) => listener(changes)),
    emitMenu: (command) => menuListeners.forEach((listener) => listener(command)),
    emitOpen: (paths) => openListeners.forEach((listener) => listener(paths)),
    api: {
      app: {
        info: async () =>
          ok({
            version: '0.0.0-test',
            shell: 'browser',
            maxFileBytes: 20 * 1024 * 1024,
            supportedExtensions: ['.txt', '.md', '.html', '.pdf', '.docx'],
          }),
        takeLaunchPaths: async () => ok(fake.launchPaths.splice(0)),
        onDidInvokeMenu: (listener) => {
          menuListeners.add(listener);
          return () => menuListeners.delete(listener);
        },
        onDidRequestOpen: (listener) => {
          openListeners.add(listener);
          return () => openListeners.delete(listener);
        },
      },
      dialog: {
        pickFiles: async () => fake.fileDialogAnswers.shift() ?? unavailable(),
        pickFolder: async () => fake.folderDialogAnswers.shift() ?? unavailable(),
        enterPaths: async (mode, paths) => {
          fake.typedPathCalls.push({ mode, paths });
          return ok(paths);
        },
      },
      library: {
        samplePaths: async () => ok(fake.samplePaths),
        scanFolder: async (root) => {
          const folder = fake.folders.get(root);
          if (!folder) {
            return {
              ok: false,
              error: { code: 'internal', message: `"${root}" is not a folder.` },
            };
          }
          return ok({ root, files: folder.files, skipped: folder.skipped });
        },
        ingestFiles: (paths, stored, upcoming) => {
          fake.storedPagesCalls.push(stored);
          fake.upcomingCalls.push(upcoming);
          return ingest(paths);
        },
        ingestDropped: (files) => ingest(files.map((file) => `dropped:${file.name}`)),
        revealFile: async (path) => {
          fake.revealedPaths.push(path);
          return ok({ path, isShown: false });
        },
      },
      sources: {
        watch: async (sources) => {
          fake.watchCalls.push(sources);
          return ok({ watched: sources.length, refused: [] });
        },
        check: async () =>
          ok(
            fake.sourceChecks.shift() ?? {
              changed: [],
              failed: [],
              missing: [],
              restored: [],
              hasMore: false,
            },
          ),
        onDidChangeSources: (listener) => {
          sourceListeners.add(listener);
          return () => sourceListeners.delete(listener);
        },
      },
      backup: backups.api,
      exportFile: createMemoryExportHost().api,
    },
  };
  return fake;
}
