/**
 * Backs the workspace up to a file or a snapshot: the export is written to the host's temp
 * file as it is read, each chunk read back from disk and digested beside the export (in a
 * worker), the digests checked against the export's counts and digests, and only then the
 * host gives the file its final name. Anything failing on the way removes the temp file; a
 * page killed on the way leaves it named `.incomplete`.
 */
import type { Dexie } from 'dexie';
import type {
  BackupEntry,
  BackupManifest,
  BackupTarget,
  SnapshotReason,
  SourcemarkApi,
} from '../../../preload/api';
import type { BackupProgress } from './backup-progress';
import { exportWithLibrary, exportWorkspaceTo } from './export-workspace';
import type { ExportSink } from './plain-file-writer';
import { openHostWriteStream } from './host-write-stream';
import { startStreamedVerification, type StreamedDigest } from './streamed-verification';
import { DIGEST_FORMAT_VERSION } from './table-digest';
import { digestBackupFile, digestThroughImporter, verifyDigested } from './verify-backup';

export interface WrittenBackup {
  entry: BackupEntry;
  manifest: BackupManifest;
  sizeBytes: number;
}

export interface WriteBackupOptions {
  appVersion: string;
  onProgress?: (progress: BackupProgress) => void;
  /** Stops the backup at the next row or chunk; the temp file is removed. */
  signal?: AbortSignal;
  /**
   * Awaited once the file is verified, before it takes its final name; throwing removes it.
   * A restore's snapshot, written while the backup is imported, is kept only once the
   * import succeeded.
   */
  beforeCommit?: () => Promise<void>;
  /**
   * Told once every row is read (the export's read transaction is over): a restore in place
   * may then start its write transaction, which the read would otherwise hold back, or see.
   */
  onExported?: () => void;
}

/** Writes and verifies a backup of `database`; `null` when the user cancelled the save dialog. */
export async function writeBackup(
  api: SourcemarkApi,
  database: Dexie,
  target: BackupTarget,
  options: WriteBackupOptions,
): Promise<WrittenBackup | null> {
  const opened = await api.backup.beginWrite(target);
  if (!opened.ok) throw new Error(opened.error.message);
  if (opened.value === null) return null;
  const { writeId } = opened.value;
  try {
    const reason = target.kind === 'snapshot' ? target.reason : undefined;
    let streamed = await streamBackup(api, writeId, database, 'plain', reason, options);
    if (!streamed) {
      // A row only the library writes: the file starts over at the same path.
      const rewound = await api.backup.rewindWrite(writeId);
      if (!rewound.ok) throw new Error(rewound.error.message);
      streamed = (await streamBackup(api, writeId, database, 'library', reason, options))!;
    }
    return await verifyAndCommit(api, writeId, streamed, options);
  } catch (error) {
    await api.backup.abortWrite(writeId);
    throw error;
  }
}

/** The file written, as read back from disk, and what it should hold. */
export interface StreamedBackup {
  /** The file as read back from disk. */
  file: Blob;
  manifest: BackupManifest;
  /** The rows of `file` digested as each chunk was read back. */
  digest: Promise<StreamedDigest>;
}

/**
 * Verifies the file of the open write `writeId` against its manifest, from the bytes on
 * disk (digested as they were read back), awaits `beforeCommit`, and gives the file its
 * final name. Throws on any failure; the caller removes the temp file.
 */
export async function verifyAndCommit(
  api: SourcemarkApi,
  writeId: string,
  { file, manifest, digest }: StreamedBackup,
  {
    onProgress,
    signal,
    beforeCommit,
  }: Pick<WriteBackupOptions, 'onProgress' | 'signal' | 'beforeCommit'>,
): Promise<WrittenBackup> {
  const verification = await verifyDigested(file, manifest, async () => {
    const digested = await digest;
    if (digested.kind === 'unreadable') throw new Error(digested.detail);
    if (digested.kind === 'digested') return digested.tables;
    const progress = (done: number, total: number) =>
      onProgress?.({ phase: 'verify', done, total, sizeBytes: file.size });
    // The worker lost: the file read back is digested here, as a whole.
    if (digested.kind === 'lost') return digestBackupFile(file, manifest, progress);
    return digestThroughImporter(file, manifest, progress);
  });
  signal?.throwIfAborted();
  if (!verification.ok)
    throw new Error(`The written file failed verification: ${verification.problems.join('; ')}.`);
  await beforeCommit?.();
  signal?.throwIfAborted();
  const committed = await api.backup.commitWrite(writeId);
  if (!committed.ok) throw new Error(committed.error.message);
  return { entry: committed.value, manifest, sizeBytes: file.size };
}

/** A backup's text on its way to the host's temp file, read back and digested as it goes. */
export interface BackupWrite {
  out: ExportSink;
  /** Tells the write that every row is out: progress is the write's and the check's from now. */
  exported(totalRows: number): void;
  /** Writes what is queued; answers the file read back, to be verified against `manifest`. */
  close(manifest: BackupManifest): Promise<StreamedBackup>;
  /** Stops the write and its verification, whatever came of them. */
  abandon(): Promise<void>;
}

/** Opens the text of the write `writeId` (`host-write-stream.ts`, `streamed-verification.ts`). */
export function openBackupWrite(
  api: SourcemarkApi,
  writeId: string,
  { onProgress, signal }: Pick<WriteBackupOptions, 'onProgress' | 'signal'>,
): BackupWrite {
  let isExported = false;
  let totalRows = 0;
  const verification = startStreamedVerification(DIGEST_FORMAT_VERSION, (rows) => {
    if (isExported) onProgress?.({ phase: 'verify', done: rows, total: totalRows });
  });
  const out = openHostWriteStream(
    {
      write: (chunk) => api.backup.writeChunk(writeId, chunk),
      readBack: (offset, length) => api.backup.readWritten(writeId, offset, length),
    },
    {
      signal,
      onReadBack: (chunk) => verification.push(chunk),
      onWritten: (written, queued) => {
        if (isExported) onProgress?.({ phase: 'write', done: written, total: queued });
      },
    },
  );
  return {
    out,
    exported: (rows) => {
      isExported = true;
      totalRows = rows;
    },
    close: async (manifest) => {
      const file = await out.close();
      return { file, manifest, digest: verification.finish(manifest.tables.map((t) => t.name)) };
    },
    abandon: async () => {
      verification.stop();
      await out.abandon();
    },
  };
}

/**
 * Exports `database` into the open write `writeId`, each chunk written as it is made, read
 * back and digested beside the export. `null` when the plain export met a row it cannot
 * write: the write must start over.
 */
async function streamBackup(
  api: SourcemarkApi,
  writeId: string,
  database: Dexie,
  how: 'plain' | 'library',
  reason: SnapshotReason | undefined,
  { appVersion, onProgress, signal, onExported }: WriteBackupOptions,
): Promise<StreamedBackup | null> {
  const write = openBackupWrite(api, writeId, { onProgress, signal });
  let totalRows = 0;
  try {
    const exportOptions = {
      appVersion,
      reason,
      signal,
      onProgress: (done: number, total: number) => {
        totalRows = total;
        onProgress?.({ phase: 'export', done, total });
      },
    };
    let manifest: BackupManifest | null;
    if (how === 'plain') {
      manifest = await exportWorkspaceTo(database, write.out, exportOptions);
    } else {
      const exported = await exportWithLibrary(database, exportOptions);
      write.out.write(exported.file);
      manifest = exported.manifest;
    }
    if (!manifest) {
      await write.abandon();
      return null;
    }
    write.exported(totalRows);
    onExported?.();
    return await write.close(manifest);
  } catch (error) {
    await write.abandon();
    throw error;
  }
}
