/**
 * Backup chunks through the handler table both transports end in (IPC hands main a
 * `Uint8Array` by structured clone; the bridge hands it the body as one): raw bytes are
 * written and read back as bytes, and anything else is refused before the store sees it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupWrite, Result } from '../../../preload/api';
import { createHandlerTable, dispatchHostCall, type HandlerTable } from '../handlers';
import { MAX_CHUNK_BYTES } from '../payload-schemas';
import { createBackupStore } from './backup-store';

let dir: string;
let table: HandlerTable;
let write: BackupWrite;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-backup-payloads-'));
  table = createHandlerTable(
    {
      shell: 'browser',
      version: '1.2.3',
      samplesDir: dir,
      takeLaunchPaths: () => [],
      pickFiles: async () => undefined,
      pickFolder: async () => undefined,
    },
    { backups: createBackupStore({ dataDir: dir }) },
  );
  const opened = await dispatchHostCall(table, 'sm:backup:beginWrite', [
    { kind: 'file', suggestedName: 'mine' },
  ]);
  write = (opened as { ok: true; value: BackupWrite }).value;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const tempFile = () => join(dir, 'backups', 'mine.sourcemark-backup.json.incomplete');
const refusal = (answer: Result<unknown>) => (answer.ok ? '' : answer.error.message);

describe('backup chunks', () => {
  it('are written as the raw bytes sent and read back as bytes', async () => {
    // Every byte value, and bytes that are not UTF-8: nothing is decoded on the way.
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    expect(await dispatchHostCall(table, 'sm:backup:writeChunk', [write.writeId, bytes])).toEqual({
      ok: true,
      value: 1000,
    });
    expect(new Uint8Array(await readFile(tempFile()))).toEqual(bytes);
    const read = await dispatchHostCall(table, 'sm:backup:readWritten', [write.writeId, 10, 20]);
    expect(read.ok && read.value).toBeInstanceOf(Uint8Array);
    expect(read.ok && [...(read.value as Uint8Array)]).toEqual([...bytes.subarray(10, 30)]);
  });

  it('refuse a base64 string, an empty or oversized chunk, and a write id that is no id', async () => {
    const call = (...args: unknown[]) => dispatchHostCall(table, 'sm:backup:writeChunk', args);
    expect(refusal(await call(write.writeId, 'AAEC'))).toMatch(/must be bytes/);
    expect(refusal(await call(write.writeId, [0, 1, 2]))).toMatch(/must be bytes/);
    expect(refusal(await call(write.writeId, new Uint8Array(0)))).toMatch(/must not be empty/);
    const oversized = new Uint8Array(MAX_CHUNK_BYTES + 1);
    expect(refusal(await call(write.writeId, oversized))).toMatch(/at most 8388608 bytes/);
    expect(refusal(await call('../../etc/passwd', new Uint8Array(4)))).toMatch(/Refused/);
    expect(refusal(await call(write.writeId))).toMatch(/Refused/);
    // A well-formed id of no open write: the store refuses it.
    expect(refusal(await call(crypto.randomUUID(), new Uint8Array(4)))).toMatch(/not open/);
    expect(await readFile(tempFile())).toHaveLength(0);
  });

  it('refuse reads past the bound on a chunk', async () => {
    const answer = await dispatchHostCall(table, 'sm:backup:readWritten', [
      write.writeId,
      0,
      MAX_CHUNK_BYTES + 1,
    ]);
    expect(refusal(answer)).toMatch(/Refused sm:backup:readWritten/);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(1);
  });
});
