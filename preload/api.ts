/**
 * The one contract between the renderer and its host.
 *
 * The renderer reaches files, dialogs and ingestion only through `SourcemarkApi`.
 * Two transports implement it: the Electron preload (`preload/index.ts`, over IPC) and
 * the loopback HTTP client used in browser mode (`renderer/src/host/http-host-api.ts`).
 * Both end in the same main-process handler table (`main/host/handlers.ts`), whose
 * channels and payload types are declared in `HostChannels` below.
 *
 * Errors never cross a process boundary as exceptions: every call answers a `Result`.
 */

/** A host answer: a value, or an error the renderer can show as it is. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type HostErrorCode =
  'invalid-payload' | 'forbidden-sender' | 'dialog-unavailable' | 'unsupported' | 'internal';

export interface HostError {
  code: HostErrorCode;
  /** A sentence for the user, naming what failed and why. */
  message: string;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** A half-open range `[start, end)` of UTF-16 code units of an article's `text`. */
export interface TextRange {
  start: number;
  end: number;
}

/** What a stretch of page chrome is (menus, tickers, share buttons, footers...). */
export type ChromeRangeKind =
  | 'navigation'
  | 'ticker'
  | 'share-widget'
  | 'reactions'
  | 'related'
  | 'footer'
  | 'repeated'
  | 'other'
  /** Marked as chrome by the analyst in the reader. */
  | 'marked';

/** A stretch of text in one language: ISO 639-1, or `und` where too short to tell. */
export interface LanguageRange extends TextRange {
  language: string;
}

/** A stretch of page chrome around or inside the article. */
export interface ChromeRange extends TextRange {
  kind: ChromeRangeKind;
}

/**
 * One author credit. `byline` and `signature` are found in the text; `document` comes from
 * the file's own properties (HTML `author` meta, PDF info, DOCX core properties).
 */
export interface ArticleCredit {
  name: string;
  role?: string;
  kind: 'byline' | 'signature' | 'document';
}

/**
 * Where ingestion read a metadata field, so the reader can say it ("from the page's
 * JSON-LD, NewsArticle.author"). `detail` names the property or tag as the page wrote it.
 */
export interface MetadataSource {
  kind:
    | 'json-ld'
    | 'microdata'
    | 'open-graph'
    | 'meta-tag'
    | 'dublin-core'
    | 'rel-author'
    | 'byline-markup'
    | 'title-tag'
    | 'heading'
    | 'html-attribute'
    | 'text'
    | 'file-properties'
    | 'file-name'
    | 'language';
  detail?: string;
}

/** The metadata fields whose source is recorded. */
export type SourcedField =
  'title' | 'byline' | 'outlet' | 'publishedDate' | 'language' | 'direction';

/** A proposed value for a document-level codebook field, never applied without the analyst. */
export interface ArticleSuggestion {
  field: 'genre' | 'outletType' | 'authorRole' | 'publicationMode';
  value: string;
  reason: string;
}

/**
 * What ingestion read about an article. Every value is a clue for the analyst, not a
 * fact; lists and strings are bounded (see `main/ingest/metadata/to-ingested-metadata.ts`).
 */
export interface ArticleMetadata {
  /** The credited names, joined for display ("Jane Doe, Kadir Duran"). */
  byline?: string;
  bylines: ArticleCredit[];
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when a time is known. */
  publishedDate?: string;
  /**
   * The UTC offset the page gave with `publishedDate`'s time (`+03:00`, `-05:00`, `Z`);
   * the time itself stays as written, never shifted.
   */
  publishedTimeZone?: string;
  /** An agency dateline opening the text ("Bakou, 11 mars, AZERTAC"). */
  dateline?: { place: string; date?: string; agency: string };
  outlet?: { name: string; confidence: 'high' | 'medium' | 'low' };
  suggestions: ArticleSuggestion[];
  /**
   * The language of each block of `text`, in order (at most 64 ranges): a French article
   * inside a Turkish page shows as French body and Turkish chrome. Present only when the
   * text mixes languages.
   */
  languageRanges?: LanguageRange[];
  /** `rtl` when the text runs right to left (the page's `dir`, or an RTL language). */
  direction?: 'rtl' | 'ltr';
  /** Where each field was read; absent for articles stored before it existed. */
  sources?: Partial<Record<SourcedField, MetadataSource>>;
  /**
   * Set when the saved page holds article-like text (paragraphs of prose) that the
   * extracted article left out, so the reader says so and offers the whole page text.
   */
  leftOut?: {
    /** Characters of prose paragraphs found in the page but not in the article. */
    chars: number;
    paragraphs: number;
  };
}

/** An article read from disk: clean text plus what is needed to trace it back to its file. */
export interface IngestedArticle {
  /** Absolute path the text came from (or `dropped:<name>` for browser uploads). */
  sourcePath: string;
  sourceName: string;
  format: ArticleFormat;
  sizeBytes: number;
  modifiedAtMs: number;
  /** Encoding the bytes were decoded with, for example `UTF-8`, `UTF-16LE`, `windows-1254`. */
  encoding: string;
  /** Normalised text (NFC, `\n` line endings): every annotation offset counts into this. */
  text: string;
  /** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
  textSha256: string;
  title: string;
  /** ISO 639-1 code when known (`fr`, `tr`, ...), otherwise `und`. */
  language: string;
  /**
   * The decoded source before extraction and normalisation (raw HTML for `.html`); for
   * `.pdf` and `.docx`, whose source is binary, the extracted text before normalisation.
   */
  original: string;
  /**
   * For HTML: the whole page as text (menus, sidebars, footers), kept for reference beside
   * the extracted article in `text`; annotations never count into it. Absent otherwise.
   */
  pageText?: string;
  /**
   * The article body in `text`, normalised (sorted, not touching). For HTML, PDF and DOCX,
   * whose body is already extracted, the whole text unless chrome was detected in it.
   */
  bodyRanges: TextRange[];
  /** Page chrome in `text`, in text order, never overlapping `bodyRanges`. */
  chromeRanges: ChromeRange[];
  metadata: ArticleMetadata;
}

export type IngestFailureReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'undecodable'
  | 'unreadable'
  | 'unsupported-type'
  | 'not-a-file'
  | 'symlink-loop'
  | 'too-many-files'
  /** A PDF with no text to extract (a scan): it needs OCR first. */
  | 'no-text-layer'
  /** A PDF that needs a password to open. */
  | 'encrypted'
  /** A PDF or DOCX whose structure cannot be read. */
  | 'corrupt'
  /** A path the user never opened in Sourcemark: the host reads only what it was given. */
  | 'not-opened';

/** A file that was not ingested, with a message naming the file and the reason. */
export interface IngestFailure {
  path: string;
  reason: IngestFailureReason;
  message: string;
}

export interface IngestBatch {
  articles: IngestedArticle[];
  failures: IngestFailure[];
}

/**
 * What the library holds from one folder's page dumps, from its index of their lines: with
 * the dumps being ingested, they tell what the site's chrome is (menus and footers that
 * every page of a site repeats). Sent along with an ingest call by the renderer, which
 * lists only the lines held by enough stored dumps to qualify with the new ones.
 */
export interface FolderPages {
  /** The folder, as the directory part of the stored articles' `sourcePath`. */
  folder: string;
  /** How many page dumps the library holds from the folder. */
  pages: number;
  /** Lines (trimmed) and how many of those dumps hold each. */
  lines: { line: string; pages: number }[];
}

/** The files under a folder that look ingestible, and what was passed over and why. */
/** What revealing an article's file did. */
export interface RevealedFile {
  /** The file, absolute, as the host found it. */
  path: string;
  /**
   * True when the system's file manager was asked to show it (the desktop app); false in
   * browser mode, where the page can only say where it is.
   */
  isShown: boolean;
}

export interface FolderScan {
  root: string;
  files: string[];
  skipped: IngestFailure[];
}

/** A file dropped in browser mode, where no path is available: its name and bytes. */
export interface UploadedFile {
  name: string;
  base64: string;
}

export interface AppInfo {
  version: string;
  /** `electron` inside the desktop app; `browser` when served by the loopback bridge. */
  shell: 'electron' | 'browser';
  /** Largest text file accepted, in bytes (PDF and DOCX may be larger: 50 MB). */
  maxFileBytes: number;
  supportedExtensions: string[];
}

export type MenuCommand =
  | 'open-files'
  | 'open-folder'
  | 'show-library'
  | 'export-set'
  | 'import-set'
  | 'open-review'
  | 'open-agreement'
  | 'backup-workspace'
  | 'restore-workspace';

/** Why an automatic snapshot was taken. */
export type SnapshotReason = 'daily' | 'upgrade' | 'before-import' | 'before-restore';

/** One table of a backup: its row count and the SHA-256 of its rows (`backup/table-digest.ts`). */
export interface BackupTableSummary {
  name: string;
  rows: number;
  sha256: string;
}

/**
 * What a backup file says about itself, stored as its last member (`"sourcemark": {…}`) after
 * the dexie-export-import data: written once every row is out, so the digests are of exactly
 * the rows the file holds.
 */
export interface BackupManifest {
  kind: 'sourcemark-backup';
  /**
   * How each row was spelled for its table's digest and where its runs end: 1, a canonical
   * JSON with sorted keys, 2, `JSON.stringify` as stored, both in runs of 1,000 rows; 3,
   * as 2 in runs of about a million characters (`backup/table-digest.ts`). All are read.
   */
  formatVersion: 1 | 2 | 3;
  createdAt: string;
  appVersion: string;
  /** The Dexie schema version of the database the rows came from. */
  schemaVersion: number;
  reason?: SnapshotReason;
  tables: BackupTableSummary[];
  /**
   * Every annotation the file holds: the analyst's rows and the imported sets' packed ones
   * (`backup/annotation-count.ts`). Absent from files made before it was counted.
   */
  annotations?: number;
}

/** A backup file or snapshot on disk, as the restore list shows it. */
export interface BackupEntry {
  /** The snapshot's file name (in the snapshot folder), or the backup file's absolute path. */
  id: string;
  location: 'snapshot' | 'file';
  path: string;
  sizeBytes: number;
  /** False for a file whose writing never finished (`.incomplete`): it cannot be restored. */
  isComplete: boolean;
  /** Absent when the file is incomplete or its manifest cannot be read. */
  manifest?: BackupManifest;
  /** Why the file cannot be used, when it cannot. */
  problem?: string;
}

/** How many automatic snapshots are kept: newest per day, per week, upgrades, before changes. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  upgrade: number;
  beforeChange: number;
}

/** The snapshot folder: where it is, what it holds and how it is pruned. */
export interface SnapshotFolder {
  folder: string;
  totalBytes: number;
  snapshots: BackupEntry[];
  retention: RetentionPolicy;
}

/** Where a backup is being written: a temp file (`path` + `.incomplete`) until committed. */
export type BackupTarget =
  { kind: 'file'; suggestedName: string } | { kind: 'snapshot'; reason: SnapshotReason };

/** An open backup write. */
export interface BackupWrite {
  writeId: string;
  /** The final path, which the file takes only once verified and committed. */
  path: string;
}

/** A file an article was read from, as the library last knew it: what the watcher compares with. */
export interface WatchedSource {
  /** Absolute path (never a `dropped:` name: uploads have no file to watch). */
  path: string;
  sizeBytes: number;
  modifiedAtMs: number;
  textSha256: string;
  /** True when the library already marks the file as missing: it is not reported again. */
  isMissing?: boolean;
}

/**
 * What happened to watched files since they were registered or last reported. Each change
 * is reported once; registering the same source again with older values reports it again.
 */
export interface SourceChanges {
  /** Files whose text changed, read again: each replaces its article's text. */
  changed: IngestedArticle[];
  /** Files that changed but could not be read again: their articles keep their text. */
  failed: IngestFailure[];
  /** Paths of files gone from disk (or replaced by a folder): their articles stay. */
  missing: string[];
  /** Paths of missing files back in place with the text their articles already have. */
  restored: string[];
  /** More changed files are waiting (a report holds a bounded number): check again. */
  hasMore: boolean;
}

/** What a `sources.watch` call did with the files it was given. */
export interface SourceRegistration {
  /** How many files are watched now. */
  watched: number;
  /**
   * Paths left unwatched because the user never opened them in Sourcemark (the host reads
   * only what it was given): opening them again brings them back.
   */
  refused: string[];
}

/** A streamed export file just opened: the id its chunks are sent with, and its folder. */
export interface ExportWriteOpened {
  writeId: string;
  /** The folder the file will be in (the shell's Downloads folder). */
  folder: string;
}

/** A streamed export file once closed: where it is, and how many bytes it holds. */
export interface ExportWriteClosed {
  path: string;
  bytes: number;
}

/** What the user typed in place of a dialog: file paths, or one folder path. */
export type TypedPathsMode = 'files' | 'folder';

export type Unsubscribe = () => void;

/** Every request the renderer can make of its host, by channel: argument tuple and answer. */
export interface HostChannels {
  'sm:app:info': { args: []; value: AppInfo };
  'sm:app:takeLaunchPaths': { args: []; value: string[] };
  'sm:dialog:pickFiles': { args: []; value: string[] };
  'sm:dialog:pickFolder': { args: []; value: string | null };
  'sm:dialog:enterPaths': { args: [mode: TypedPathsMode, paths: string[]]; value: string[] };
  'sm:library:samplePaths': { args: []; value: string[] };
  'sm:library:scanFolder': { args: [root: string]; value: FolderScan };
  'sm:library:ingestFiles': {
    args: [paths: string[], stored?: FolderPages[], upcoming?: string[]];
    value: IngestBatch;
  };
  'sm:library:ingestDropped': { args: [paths: string[]]; value: IngestBatch };
  'sm:library:ingestUploads': { args: [files: UploadedFile[]]; value: IngestBatch };
  'sm:library:revealFile': { args: [path: string]; value: RevealedFile };
  'sm:sources:watch': { args: [sources: WatchedSource[]]; value: SourceRegistration };
  'sm:sources:check': { args: []; value: SourceChanges };
  'sm:export:open': { args: [fileName: string]; value: ExportWriteOpened };
  'sm:export:append': { args: [writeId: string, bytes: Uint8Array]; value: number };
  'sm:export:close': { args: [writeId: string]; value: ExportWriteClosed };
  'sm:export:abort': { args: [writeId: string]; value: boolean };
  'sm:backup:listSnapshots': { args: []; value: SnapshotFolder };
  'sm:backup:setRetention': { args: [policy: RetentionPolicy]; value: SnapshotFolder };
  'sm:backup:beginWrite': { args: [target: BackupTarget]; value: BackupWrite | null };
  'sm:backup:writeChunk': { args: [writeId: string, bytes: Uint8Array]; value: number };
  'sm:backup:readWritten': {
    args: [writeId: string, offset: number, length: number];
    value: Uint8Array;
  };
  'sm:backup:commitWrite': { args: [writeId: string]; value: BackupEntry };
  'sm:backup:rewindWrite': { args: [writeId: string]; value: void };
  'sm:backup:abortWrite': { args: [writeId: string]; value: void };
  'sm:backup:readSnapshot': {
    args: [name: string, offset: number, length: number];
    value: Uint8Array;
  };
}

export type HostChannel = keyof HostChannels;

/** Events the host sends to the renderer. */
export interface HostEvents {
  'sm:app:menu': MenuCommand;
  /** Paths handed to an already running app (a second launch, or a file opened from the OS). */
  'sm:app:openPaths': string[];
  /** Watched files changed on disk (the desktop app checks them on an interval). */
  'sm:sources:changed': SourceChanges;
}

export type HostEvent = keyof HostEvents;

export interface SourcemarkApi {
  app: {
    /** Version, shell and ingestion limits. */
    info(): Promise<Result<AppInfo>>;
    /** Article paths given on the command line; answered once, then empty. */
    takeLaunchPaths(): Promise<Result<string[]>>;
    /** Calls `listener` when the user picks a menu command. */
    onDidInvokeMenu(listener: (command: MenuCommand) => void): Unsubscribe;
    /** Calls `listener` when the OS or a second launch asks to open paths. */
    onDidRequestOpen(listener: (paths: string[]) => void): Unsubscribe;
  };
  dialog: {
    /** Native multi-select file dialog; an empty list when cancelled. */
    pickFiles(): Promise<Result<string[]>>;
    /** Native folder dialog; `null` when cancelled. */
    pickFolder(): Promise<Result<string | null>>;
    /**
     * Browser mode, which has no native dialog: the paths the user typed in its place. The
     * host may read them from now on, as it may what a dialog answers; answers them made
     * absolute. The desktop app refuses (`unsupported`): it has native dialogs.
     */
    enterPaths(mode: TypedPathsMode, paths: string[]): Promise<Result<string[]>>;
  };
  library: {
    /** Paths of the sample articles bundled with the app. */
    samplePaths(): Promise<Result<string[]>>;
    /**
     * Lists ingestible files under `root`, recursively, without reading them; the files
     * listed may be ingested. A folder the user never opened answers one `not-opened` skip.
     */
    scanFolder(root: string): Promise<Result<FolderScan>>;
    /**
     * Reads, decodes and normalises each file; failures are reported per file, among them
     * `not-opened` for a path the user never opened in Sourcemark (a dialog, a drop, the
     * command line, or under a folder opened so). `stored` is what the library holds from
     * the files' folders, for finding their site's chrome. `upcoming` are the paths the page
     * will ask for next: the host reads them ahead while the page stores this chunk.
     */
    ingestFiles(
      paths: string[],
      stored?: FolderPages[],
      upcoming?: string[],
    ): Promise<Result<IngestBatch>>;
    /**
     * Ingests files dropped on the window: in Electron by path, which the preload (never
     * the page) takes from each `File` and the host may read from then on; in a browser by
     * content.
     */
    ingestDropped(files: File[]): Promise<Result<IngestBatch>>;
    /**
     * Shows an article's file in the system's file manager (the desktop app), or answers
     * where it is (browser mode). Only a file the user opened in Sourcemark and that is
     * still a file on disk: anything else is `invalid-payload` with the reason.
     */
    revealFile(path: string): Promise<Result<RevealedFile>>;
  };
  sources: {
    /**
     * Replaces the set of watched files. A source registered again with the same values
     * keeps what the host already reported about it. Only files the user opened are
     * watched (watching gives no right to read): the others are answered as refused.
     */
    watch(sources: WatchedSource[]): Promise<Result<SourceRegistration>>;
    /** Checks every watched file now and answers what changed; those changes are not sent again. */
    check(): Promise<Result<SourceChanges>>;
    /**
     * Calls `listener` with changes found without being asked: by the host's own polling in
     * the desktop app, by checks on an interval in browser mode (the bridge cannot push).
     */
    onDidChangeSources(listener: (changes: SourceChanges) => void): Unsubscribe;
  };
  exportFile: {
    /**
     * Starts writing the export file `fileName` (a name, no folder) in the shell's export
     * folder. Nothing appears under that name until `close`: the bytes go to a temporary file.
     */
    open(fileName: string): Promise<Result<ExportWriteOpened>>;
    /**
     * Appends one chunk of the file (text already UTF-8); answers the bytes written so far.
     * Bytes travel raw, as a backup's chunks do (`backup.writeChunk`).
     */
    append(writeId: string, bytes: Uint8Array): Promise<Result<number>>;
    /**
     * Finishes the file: renamed to its name (`name (1).ext` when taken, never replacing a
     * file); answers its path and size.
     */
    close(writeId: string): Promise<Result<ExportWriteClosed>>;
    /** Drops a write: the temporary file is deleted and nothing is left. */
    abort(writeId: string): Promise<Result<boolean>>;
  };
  backup: {
    /** The snapshot folder, its snapshots (newest first) with their manifests, and retention. */
    listSnapshots(): Promise<Result<SnapshotFolder>>;
    /** Stores the retention policy and prunes the snapshots it no longer keeps. */
    setRetention(policy: RetentionPolicy): Promise<Result<SnapshotFolder>>;
    /**
     * Opens a backup write: for a file, after a save dialog (`null` when cancelled; browser
     * mode, without dialogs, writes into the data folder's `backups/`); for a snapshot, in
     * the snapshot folder. Bytes go to `<path>.incomplete` until `commitWrite`.
     */
    beginWrite(target: BackupTarget): Promise<Result<BackupWrite | null>>;
    /**
     * Appends a chunk of the backup to an open write; answers the bytes written so far.
     * Bytes travel raw, never as base64 or JSON. The chunk is a Blob (a slice of the
     * export's): over the bridge it is the `application/octet-stream` body as it is, which
     * Chromium sends from blob storage (a `Uint8Array` body cost ~0.4 s of the page's
     * thread per 4 MB in Chromium 156, a Blob ~3 ms); over IPC the preload reads it into a `Uint8Array`.
     */
    writeChunk(writeId: string, chunk: Blob): Promise<Result<number>>;
    /**
     * Reads back bytes of an open write's file as it is on disk, for verification. Answered
     * as a Blob, which the bridge's response gives without copying into the page (2.5x
     * faster than its bytes in Chromium 156); the preload wraps what IPC answers.
     */
    readWritten(writeId: string, offset: number, length: number): Promise<Result<Blob>>;
    /** Renames the verified file to its final name; a snapshot then prunes by retention. */
    commitWrite(writeId: string): Promise<Result<BackupEntry>>;
    /**
     * Empties an open write's temp file, keeping its path: a backup written as it is read
     * that must start over (a row only the library can write) does not ask for a path again.
     */
    rewindWrite(writeId: string): Promise<Result<void>>;
    /** Closes an open write and removes its temp file (a backup that failed verification). */
    abortWrite(writeId: string): Promise<Result<void>>;
    /** Bytes of a snapshot in the snapshot folder, by file name, as `readWritten` answers. */
    readSnapshot(name: string, offset: number, length: number): Promise<Result<Blob>>;
  };
}
