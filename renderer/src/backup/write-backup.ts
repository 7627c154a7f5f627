/**
 * Backs the workspace up to a file or a snapshot: export, stream to the host's temp file,
 * read the file back from disk, verify it against the export's counts and digests, and
 * only then let the host give it its final name. Anything failing on the way removes the
 * temp file; a page killed on the way leaves it named `.incomplete`.
 */
import type { Dexie } from 'dexie';
import type {
  BackupEntry,
  BackupManifest,
  BackupTarget,
  SourcemarkApi,
} from '../../../preload/api';
import type { BackupProgress } from './backup-progress';
import { exportWorkspace } from './export-workspace';
import { readFromHost, sendToHost } from './host-file-stream';
import { verifyBackup } from './verify-backup';

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
  { appVersion, onProgress, signal, beforeCommit, onExported }: WriteBackupOptions,
): Promise<WrittenBackup | null> {
  const opened = await api.backup.beginWrite(target);
  if (!opened.ok) throw new Error(opened.error.message);
  if (opened.value === null) return null;
  const { writeId } = opened.value;
  try {
    const reason = target.kind === 'snapshot' ? target.reason : undefined;
    const exported = await exportWorkspace(database, {
      appVersion,
      reason,
      signal,
      onProgress: (done, total) => onProgress?.({ phase: 'export', done, total }),
    });
    onExported?.();
    const sizeBytes = exported.file.size;
    await sendToHost(
      exported.file,
      (chunk) => {
        signal?.throwIfAborted();
        return api.backup.writeChunk(writeId, chunk);
      },
      (done) => onProgress?.({ phase: 'write', done, total: sizeBytes, sizeBytes }),
    );
    // Verified from the bytes on disk, not the copy in memory.
    const written = await readFromHost(sizeBytes, (offset, length) => {
      signal?.throwIfAborted();
      return api.backup.readWritten(writeId, offset, length);
    });
    if (written.size !== sizeBytes)
      throw new Error(`The file holds ${written.size} bytes where ${sizeBytes} were written.`);
    const verification = await verifyBackup(written, exported.manifest, (done, total) =>
      onProgress?.({ phase: 'verify', done, total, sizeBytes }),
    );
    signal?.throwIfAborted();
    if (!verification.ok)
      throw new Error(`The written file failed verification: ${verification.problems.join('; ')}.`);
    await beforeCommit?.();
    signal?.throwIfAborted();
    const committed = await api.backup.commitWrite(writeId);
    if (!committed.ok) throw new Error(committed.error.message);
    return { entry: committed.value, manifest: exported.manifest, sizeBytes };
  } catch (error) {
    await api.backup.abortWrite(writeId);
    throw error;
  }
}
