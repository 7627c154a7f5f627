/**
 * Backup files and the snapshot folder on disk, in plain Node. A backup is written through
 * an open write: bytes go to `<final>.incomplete`, are read back for verification by the
 * renderer (which holds the database), and only a verified file is renamed to its final
 * name. A backup killed at any point leaves a file whose name says it is incomplete.
 * Committed snapshots are pruned by the retention policy (`snapshot-retention.ts`).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type {
  BackupEntry,
  BackupTarget,
  BackupWrite,
  RetentionPolicy,
  SnapshotFolder,
} from '../../../preload/api';
import { HostFailure } from '../host-failure';
import { readBackupManifest } from './read-backup-manifest';
import {
  BACKUP_EXTENSION,
  INCOMPLETE_SUFFIX,
  isSnapshotFileName,
  parseSnapshotFileName,
  snapshotFileName,
} from './snapshot-names';
import { chooseSnapshotsToKeep, DEFAULT_RETENTION } from './snapshot-retention';

export const SNAPSHOT_FOLDER_NAME = 'snapshots';
const RETENTION_FILE = 'retention.json';

const retentionSchema = z.strictObject({
  daily: z.number().int().min(0).max(365),
  weekly: z.number().int().min(0).max(520),
  upgrade: z.number().int().min(0).max(1000),
  beforeChange: z.number().int().min(0).max(1000),
});

export interface BackupStoreOptions {
  /** The app's data folder (Electron's userData; browser mode's config folder). */
  dataDir: string;
  /** A native save dialog; absent where there is none (browser mode writes into `backups/`). */
  pickSavePath?: (suggestedName: string) => Promise<string | null>;
  now?: () => number;
}

interface OpenWrite {
  handle: FileHandle;
  tempPath: string;
  finalPath: string;
  bytes: number;
  isSnapshot: boolean;
}

export type BackupStore = ReturnType<typeof createBackupStore>;

/**
 * Up to `length` bytes of `handle` from `offset`, as a buffer of exactly the bytes read: an
 * IPC copy or a response body carries no unused tail.
 */
async function readAt(handle: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  return bytesRead === length ? buffer : new Uint8Array(buffer.subarray(0, bytesRead));
}

const notOpen = () =>
  new HostFailure('invalid-payload', 'That backup write is not open (finished or abandoned).');

export function createBackupStore({ dataDir, pickSavePath, now = Date.now }: BackupStoreOptions) {
  const snapshotDir = join(dataDir, SNAPSHOT_FOLDER_NAME);
  const writes = new Map<string, OpenWrite>();

  async function readRetention(): Promise<RetentionPolicy> {
    try {
      const parsed = retentionSchema.safeParse(
        JSON.parse(await readFile(join(snapshotDir, RETENTION_FILE), 'utf8')),
      );
      return parsed.success ? parsed.data : DEFAULT_RETENTION;
    } catch {
      return DEFAULT_RETENTION;
    }
  }

  async function describe(path: string, location: BackupEntry['location']): Promise<BackupEntry> {
    const { size } = await stat(path);
    const name = basename(path);
    const entry = { id: location === 'snapshot' ? name : path, location, path, sizeBytes: size };
    if (name.endsWith(INCOMPLETE_SUFFIX))
      return { ...entry, isComplete: false, problem: 'Incomplete: its writing never finished.' };
    const manifest = await readBackupManifest(path).catch((error: unknown) => ({
      problem: `Cannot be read: ${String(error)}`,
    }));
    return 'problem' in manifest
      ? { ...entry, isComplete: true, problem: manifest.problem }
      : { ...entry, isComplete: true, manifest };
  }

  async function listSnapshots(): Promise<SnapshotFolder> {
    await mkdir(snapshotDir, { recursive: true });
    const names = (await readdir(snapshotDir)).filter(isSnapshotFileName).sort().reverse();
    const snapshots: BackupEntry[] = [];
    for (const name of names) {
      const entry = await describe(join(snapshotDir, name), 'snapshot').catch(() => undefined);
      if (entry) snapshots.push(entry);
    }
    return {
      folder: snapshotDir,
      totalBytes: snapshots.reduce((sum, entry) => sum + entry.sizeBytes, 0),
      snapshots,
      retention: await readRetention(),
    };
  }

  /** Removes the complete snapshots the policy no longer keeps, and abandoned temp files. */
  async function prune(policy: RetentionPolicy): Promise<void> {
    const names = (await readdir(snapshotDir)).filter(isSnapshotFileName);
    const writing = new Set([...writes.values()].map((write) => basename(write.tempPath)));
    const dated = names.flatMap((name) => {
      const parsed = parseSnapshotFileName(name);
      return parsed ? [{ name, ...parsed }] : [];
    });
    const { remove } = chooseSnapshotsToKeep(dated, policy);
    const abandoned = names.filter(
      (name) => name.endsWith(INCOMPLETE_SUFFIX) && !writing.has(name),
    );
    for (const name of [...remove, ...abandoned])
      await rm(join(snapshotDir, name), { force: true });
  }

  async function setRetention(policy: RetentionPolicy): Promise<SnapshotFolder> {
    await mkdir(snapshotDir, { recursive: true });
    const temp = join(snapshotDir, `${RETENTION_FILE}.tmp`);
    await writeFile(temp, JSON.stringify(policy));
    await rename(temp, join(snapshotDir, RETENTION_FILE));
    await prune(policy);
    return listSnapshots();
  }

  async function finalPathFor(target: BackupTarget): Promise<string | null> {
    if (target.kind === 'snapshot') {
      await mkdir(snapshotDir, { recursive: true });
      return join(snapshotDir, snapshotFileName(now(), target.reason));
    }
    const name = target.suggestedName.endsWith(BACKUP_EXTENSION)
      ? target.suggestedName
      : `${target.suggestedName}${BACKUP_EXTENSION}`;
    if (pickSavePath) return pickSavePath(name);
    const folder = join(dataDir, 'backups');
    await mkdir(folder, { recursive: true });
    return join(folder, name);
  }

  async function beginWrite(target: BackupTarget): Promise<BackupWrite | null> {
    const finalPath = await finalPathFor(target);
    if (finalPath === null) return null;
    const tempPath = `${finalPath}${INCOMPLETE_SUFFIX}`;
    // `w+`: a temp file left by a killed backup of the same name is started over.
    const handle = await open(tempPath, 'w+');
    const writeId = randomUUID();
    writes.set(writeId, {
      handle,
      tempPath,
      finalPath,
      bytes: 0,
      isSnapshot: target.kind === 'snapshot',
    });
    return { writeId, path: finalPath };
  }

  const openWrite = (writeId: string) => {
    const write = writes.get(writeId);
    if (!write) throw notOpen();
    return write;
  };

  async function writeChunk(writeId: string, bytes: Uint8Array): Promise<number> {
    const write = openWrite(writeId);
    await write.handle.write(bytes, 0, bytes.byteLength, write.bytes);
    write.bytes += bytes.byteLength;
    return write.bytes;
  }

  async function readWritten(writeId: string, offset: number, length: number): Promise<Uint8Array> {
    const write = openWrite(writeId);
    return readAt(write.handle, offset, Math.max(0, Math.min(length, write.bytes - offset)));
  }

  async function commitWrite(writeId: string): Promise<BackupEntry> {
    const write = openWrite(writeId);
    await write.handle.sync();
    await write.handle.close();
    writes.delete(writeId);
    await rename(write.tempPath, write.finalPath);
    if (write.isSnapshot) await prune(await readRetention());
    return describe(write.finalPath, write.isSnapshot ? 'snapshot' : 'file');
  }

  async function rewindWrite(writeId: string): Promise<void> {
    const write = openWrite(writeId);
    await write.handle.truncate(0);
    write.bytes = 0;
  }

  async function abortWrite(writeId: string): Promise<void> {
    const write = writes.get(writeId);
    if (!write) return;
    writes.delete(writeId);
    await write.handle.close().catch(() => {});
    await rm(write.tempPath, { force: true });
  }

  async function readSnapshot(name: string, offset: number, length: number): Promise<Uint8Array> {
    if (!isSnapshotFileName(name) || name.endsWith(INCOMPLETE_SUFFIX))
      throw new HostFailure('invalid-payload', `"${name}" is not a complete snapshot.`);
    const handle = await open(join(snapshotDir, name), 'r');
    try {
      return await readAt(handle, offset, length);
    } finally {
      await handle.close();
    }
  }

  return {
    snapshotDir,
    listSnapshots,
    setRetention,
    beginWrite,
    writeChunk,
    readWritten,
    commitWrite,
    rewindWrite,
    abortWrite,
    readSnapshot,
  };
}
