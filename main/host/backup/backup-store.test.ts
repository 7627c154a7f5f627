import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../../preload/api';
import { createBackupStore } from './backup-store';
import { parseSnapshotFileName, snapshotFileName } from './snapshot-names';

const manifest: BackupManifest = {
  kind: 'sourcemark-backup',
  formatVersion: 1,
  createdAt: '2026-12-06T02:00:00.000Z',
  appVersion: '0.1.0',
  schemaVersion: 7,
  reason: 'daily',
  tables: [{ name: 'articles', rows: 2, sha256: 'a'.repeat(64) }],
  // Listed with the file: the restore list's count of annotations, imported ones included.
  annotations: 5,
};
const fileText = `{"formatName":"dexie","formatVersion":1,"data":{"data":[]},"sourcemark":${JSON.stringify(manifest)}}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (read: Uint8Array) => new TextDecoder().decode(read);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-backup-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the backup store', () => {
  it('writes to a temp file, reads it back, and gives it its name only when committed', async () => {
    const store = createBackupStore({ dataDir: dir });
    const write = (await store.beginWrite({ kind: 'file', suggestedName: 'mine' }))!;
    expect(write.path).toBe(join(dir, 'backups', 'mine.sourcemark-backup.json'));
    await store.writeChunk(write.writeId, bytes(fileText.slice(0, 40)));
    await store.writeChunk(write.writeId, bytes(fileText.slice(40)));
    expect(await readdir(join(dir, 'backups'))).toEqual(['mine.sourcemark-backup.json.incomplete']);
    const readBack = await store.readWritten(write.writeId, 0, 1 << 20);
    // Exactly the bytes on disk, no unused tail of the read buffer.
    expect(readBack.byteLength).toBe(fileText.length);
    expect(text(readBack)).toBe(fileText);
    expect(text(await store.readWritten(write.writeId, 40, 14))).toBe(fileText.slice(40, 54));
    const entry = await store.commitWrite(write.writeId);
    expect(await readdir(join(dir, 'backups'))).toEqual(['mine.sourcemark-backup.json']);
    expect(entry).toMatchObject({ isComplete: true, manifest, sizeBytes: fileText.length });
  });

  it('starts a rewound write over at the same path, with nothing of what it held', async () => {
    const store = createBackupStore({ dataDir: dir });
    const write = (await store.beginWrite({ kind: 'file', suggestedName: 'mine' }))!;
    await store.writeChunk(write.writeId, bytes('{"a plain export cut short by a typed row'));
    await store.rewindWrite(write.writeId);
    expect(await store.writeChunk(write.writeId, bytes(fileText))).toBe(fileText.length);
    expect(text(await store.readWritten(write.writeId, 0, 1 << 20))).toBe(fileText);
    const entry = await store.commitWrite(write.writeId);
    expect(entry).toMatchObject({ path: write.path, sizeBytes: fileText.length, manifest });
  });

  it('removes the temp file of an aborted write and refuses the write afterwards', async () => {
    const store = createBackupStore({ dataDir: dir });
    const write = (await store.beginWrite({ kind: 'snapshot', reason: 'daily' }))!;
    await store.writeChunk(write.writeId, bytes('{"partial'));
    await store.abortWrite(write.writeId);
    expect(await readdir(join(dir, 'snapshots'))).toEqual([]);
    await expect(store.writeChunk(write.writeId, bytes('x'))).rejects.toThrow(/not open/);
  });

  it('lists a killed snapshot as incomplete, and complete ones with their manifests', async () => {
    const store = createBackupStore({ dataDir: dir });
    const write = (await store.beginWrite({ kind: 'snapshot', reason: 'before-import' }))!;
    await store.writeChunk(write.writeId, bytes(fileText.slice(0, 30)));
    // The page dies here: the write is never committed.
    const listed = await store.listSnapshots();
    expect(listed.snapshots).toHaveLength(1);
    expect(listed.snapshots[0]).toMatchObject({ isComplete: false });
    expect(listed.snapshots[0]!.manifest).toBeUndefined();
  });

  it('prunes committed snapshots by the stored retention and forgets abandoned temp files', async () => {
    let now = Date.UTC(2026, 11, 1);
    const store = createBackupStore({ dataDir: dir, now: () => now });
    await store.setRetention({ daily: 2, weekly: 0, upgrade: 0, beforeChange: 0 });
    const abandoned = join(dir, 'snapshots', `${snapshotFileName(now - 5000, 'daily')}.incomplete`);
    await writeFile(abandoned, '{');
    for (let day = 0; day < 4; day++) {
      now = Date.UTC(2026, 11, 1 + day);
      const write = (await store.beginWrite({ kind: 'snapshot', reason: 'daily' }))!;
      await store.writeChunk(write.writeId, bytes(fileText));
      await store.commitWrite(write.writeId);
    }
    const names = (await readdir(join(dir, 'snapshots'))).filter((n) => n !== 'retention.json');
    expect(
      names.map((n) => new Date(parseSnapshotFileName(n)!.takenAtMs).getUTCDate()).sort(),
    ).toEqual([3, 4]);
    const listed = await store.listSnapshots();
    expect(listed.totalBytes).toBe(2 * fileText.length);
    expect(listed.retention.daily).toBe(2);
    expect(
      JSON.parse(await readFile(join(dir, 'snapshots', 'retention.json'), 'utf8')),
    ).toMatchObject({ daily: 2 });
  });

  it('reads a snapshot by name and refuses names that are not snapshots', async () => {
    const store = createBackupStore({ dataDir: dir });
    const write = (await store.beginWrite({ kind: 'snapshot', reason: 'upgrade' }))!;
    await store.writeChunk(write.writeId, bytes(fileText));
    const entry = await store.commitWrite(write.writeId);
    expect(text(await store.readSnapshot(entry.id, 0, 14))).toBe('{"formatName":');
    const tail = await store.readSnapshot(entry.id, fileText.length - 3, 1 << 20);
    expect(text(tail)).toBe(fileText.slice(-3));
    await expect(store.readSnapshot('retention.json', 0, 10)).rejects.toThrow(
      /not a complete snapshot/,
    );
    await expect(store.readSnapshot(`${entry.id}.incomplete`, 0, 10)).rejects.toThrow();
  });

  it('answers null when the save dialog is cancelled, writing nothing', async () => {
    const store = createBackupStore({ dataDir: dir, pickSavePath: async () => null });
    expect(await store.beginWrite({ kind: 'file', suggestedName: 'x' })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });
});
