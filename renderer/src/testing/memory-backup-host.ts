/**
 * An in-memory `SourcemarkApi['backup']` for unit tests: writes land in a map of files,
 * `.incomplete` until committed, as the real store (`main/host/backup/backup-store.ts`)
 * does on disk. Retention is not applied here; the real store's tests cover it.
 */
import type {
  BackupEntry,
  BackupManifest,
  Result,
  RetentionPolicy,
  SourcemarkApi,
} from '../../../preload/api';

export interface MemoryBackupHost {
  api: SourcemarkApi['backup'];
  /** Every file by path: its bytes and whether it was committed. */
  files: Map<string, { bytes: Uint8Array; isComplete: boolean; isSnapshot: boolean }>;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

function manifestOf(bytes: Uint8Array): BackupManifest | undefined {
  const text = new TextDecoder().decode(bytes);
  const at = text.lastIndexOf('"sourcemark":');
  if (at < 0) return undefined;
  try {
    return JSON.parse(text.slice(at + 13, text.lastIndexOf('}'))) as BackupManifest;
  } catch {
    return undefined;
  }
}

export function createMemoryBackupHost(): MemoryBackupHost {
  const files: MemoryBackupHost['files'] = new Map();
  const writes = new Map<string, { path: string; chunks: Uint8Array[] }>();
  let retention: RetentionPolicy = { daily: 7, weekly: 4, upgrade: 10, beforeChange: 5 };
  let count = 0;

  const entryOf = (path: string): BackupEntry => {
    const file = files.get(path)!;
    const manifest = manifestOf(file.bytes);
    return {
      id: path,
      location: file.isSnapshot ? 'snapshot' : 'file',
      path,
      sizeBytes: file.bytes.length,
      isComplete: file.isComplete,
      ...(manifest ? { manifest } : {}),
    };
  };
  const join = (chunks: Uint8Array[]) => {
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  };
  const folder = () => {
    const snapshots = [...files.keys()].filter((path) => files.get(path)!.isSnapshot).map(entryOf);
    return {
      folder: '/memory/snapshots',
      totalBytes: snapshots.reduce((sum, entry) => sum + entry.sizeBytes, 0),
      snapshots,
      retention,
    };
  };

  return {
    files,
    api: {
      listSnapshots: async () => ok(folder()),
      setRetention: async (policy) => {
        retention = policy;
        return ok(folder());
      },
      beginWrite: async (target) => {
        const path =
          target.kind === 'file'
            ? `/memory/${target.suggestedName}`
            : `/memory/snapshots/snapshot-${++count}-${target.reason}.sourcemark-backup.json`;
        const writeId = `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`;
        writes.set(writeId, { path, chunks: [] });
        files.set(path, {
          bytes: new Uint8Array(),
          isComplete: false,
          isSnapshot: target.kind === 'snapshot',
        });
        return ok({ writeId, path });
      },
      writeChunk: async (writeId, chunk) => {
        const write = writes.get(writeId)!;
        // The chunk's bytes, as the preload and the bridge hand them to the host.
        write.chunks.push(new Uint8Array(await chunk.arrayBuffer()));
        const file = files.get(write.path)!;
        file.bytes = join(write.chunks);
        return ok(file.bytes.length);
      },
      readWritten: async (writeId, offset, length) => {
        const write = writes.get(writeId)!;
        return ok(new Blob([files.get(write.path)!.bytes.slice(offset, offset + length)]));
      },
      commitWrite: async (writeId) => {
        const write = writes.get(writeId)!;
        writes.delete(writeId);
        files.get(write.path)!.isComplete = true;
        return ok(entryOf(write.path));
      },
      rewindWrite: async (writeId) => {
        const write = writes.get(writeId)!;
        write.chunks = [];
        files.get(write.path)!.bytes = new Uint8Array();
        return ok(undefined);
      },
      abortWrite: async (writeId) => {
        const write = writes.get(writeId);
        writes.delete(writeId);
        if (write) files.delete(write.path);
        return ok(undefined);
      },
      readSnapshot: async (name, offset, length) => {
        const file = files.get(name);
        if (!file) return { ok: false, error: { code: 'internal', message: `no ${name}` } };
        return ok(new Blob([file.bytes.slice(offset, offset + length)]));
      },
    },
  };
}
