/**
 * Streamed export files: the renderer opens a write, appends the file's bytes chunk by chunk
 * as its export worker produces them, and closes it. Chunks go to a hidden temporary file
 * beside the destination, renamed to the final name only on close, so an export that is
 * cancelled or fails (an abort, or a write never closed) leaves no half file under the
 * export's name. The destination folder is the shell's (the Downloads folder, as a browser
 * download): the renderer names the file, never the folder, so it cannot write elsewhere.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import type { ExportWriteClosed, ExportWriteOpened } from '../../preload/api';
import { HostFailure } from './host-failure';

/** Writes open at once: one export at a time is the app's use; a few leave room for retries. */
export const MAX_OPEN_EXPORT_WRITES = 4;

/** The folder exports go to: `SOURCEMARK_EXPORTS_DIR` (tests, packagers), else ~/Downloads. */
export function defaultExportsDir(): string {
  return process.env.SOURCEMARK_EXPORTS_DIR || join(homedir(), 'Downloads');
}

interface OpenWrite {
  handle: FileHandle;
  tempPath: string;
  fileName: string;
  bytes: number;
  /** Appends run one after another even if the caller does not wait for each. */
  queue: Promise<unknown>;
}

export interface ExportWrites {
  open(fileName: string): Promise<ExportWriteOpened>;
  /** Appends `bytes` (the renderer's chunk, already UTF-8 for text) as they are. */
  append(writeId: string, bytes: Uint8Array): Promise<number>;
  close(writeId: string): Promise<ExportWriteClosed>;
  abort(writeId: string): Promise<boolean>;
}

/** The streamed writes into `dir()` (read on each open, so a test may point it elsewhere). */
export function createExportWrites(dir: () => string = defaultExportsDir): ExportWrites {
  const writes = new Map<string, OpenWrite>();

  const take = (writeId: string): OpenWrite => {
    const write = writes.get(writeId);
    if (!write) throw new HostFailure('invalid-payload', 'That export is no longer being written.');
    return write;
  };

  return {
    async open(fileName) {
      if (writes.size >= MAX_OPEN_EXPORT_WRITES)
        throw new HostFailure('unsupported', 'Too many exports are being written at once.');
      const folder = dir();
      await mkdir(folder, { recursive: true });
      const writeId = randomUUID();
      // Hidden and unmistakable: a crash mid-export leaves `.name.<id>.part`, never `name`.
      const tempPath = join(folder, `.${fileName}.${writeId}.part`);
      const handle = await open(tempPath, 'wx');
      writes.set(writeId, { handle, tempPath, fileName, bytes: 0, queue: Promise.resolve() });
      return { writeId, folder };
    },
    async append(writeId, bytes) {
      const write = take(writeId);
      const done = write.queue.then(() => write.handle.write(bytes));
      write.queue = done.catch(() => undefined);
      await done;
      write.bytes += bytes.byteLength;
      return write.bytes;
    },
    async close(writeId) {
      const write = take(writeId);
      writes.delete(writeId);
      await write.queue;
      await write.handle.close();
      const folder = join(write.tempPath, '..');
      const path = await freePath(folder, write.fileName);
      await rename(write.tempPath, path);
      return { path, bytes: write.bytes };
    },
    async abort(writeId) {
      const write = writes.get(writeId);
      if (!write) return false;
      writes.delete(writeId);
      await write.queue;
      await write.handle.close().catch(() => undefined);
      await rm(write.tempPath, { force: true });
      return true;
    },
  };
}

/** `name.ext`, or `name (1).ext`, `name (2).ext`… when taken: an export never replaces a file. */
async function freePath(folder: string, fileName: string): Promise<string> {
  // `.sourcemark.json` and `.brat.zip` keep both parts of their ending.
  const dot = fileName.indexOf('.', 1);
  const ext = dot > 0 ? fileName.slice(dot) : extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 0; ; n++) {
    const path = join(folder, n === 0 ? fileName : `${stem} (${n})${ext}`);
    const taken = await stat(path).then(
      () => true,
      () => false,
    );
    if (!taken) return path;
  }
}
