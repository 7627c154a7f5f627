// @vitest-environment jsdom
/**
 * A backup written while it is read: chunks reach the host before the export is over, each
 * is read back and digested as it lands, the digest works whatever the cuts, and a file
 * that must start over keeps its path.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourcemarkDatabase } from '../db/db';
import { createFakeHost, type FakeHost } from '../testing/fake-host';
import { ORIGINAL_DATABASE_NAME } from './active-database';
import { digestChunks } from './chunk-digest';
import { HOST_CHUNK_BYTES } from './host-file-stream';
import { openHostWriteStream } from './host-write-stream';
import { digestBackupFile, verifyBackup } from './verify-backup';
import { writeBackup } from './write-backup';

let host: FakeHost;
let database: SourcemarkDatabase;

beforeEach(async () => {
  for (const info of await indexedDB.databases()) if (info.name) await Dexie.delete(info.name);
  host = createFakeHost();
  database = new SourcemarkDatabase(ORIGINAL_DATABASE_NAME);
});
afterEach(() => database.close());

/** Two articles whose texts alone pass a host chunk, with a few annotations. */
async function seedLarge() {
  const text = 'Ölçü ✓ 👩🏽‍⚕️ שלום e\u0301 '.repeat(Math.ceil(HOST_CHUNK_BYTES / 20));
  await database.transaction('rw', database.tables, async () => {
    for (const id of ['a', 'b']) {
      await database.table('articles').add({ id, textSha256: `sha-${id}`, title: id, addedAt: 1 });
      await database.table('articleTexts').add({ articleId: id, text });
      await database.table('annotations').bulkAdd(
        Array.from({ length: 50 }, (_, i) => ({
          id: `${id}-${i}`,
          articleId: id,
          author: 'me',
          itemId: 'claim',
          kind: 'span',
          span: { start: i, end: i + 3 },
        })),
      );
    }
  });
}

describe('a backup written while it is read', () => {
  it('sends its first chunks to the host before the export is over', async () => {
    await seedLarge();
    const events: string[] = [];
    const writeChunk = host.api.backup.writeChunk;
    host.api.backup.writeChunk = (writeId, chunk) => {
      events.push('chunk');
      return writeChunk(writeId, chunk);
    };
    const written = await writeBackup(
      host.api,
      database,
      { kind: 'file', suggestedName: 'b' },
      { appVersion: '1', onExported: () => events.push('exported') },
    );
    expect(events.indexOf('chunk')).toBeLessThan(events.indexOf('exported'));
    const file = new Blob([host.backups.files.get(written!.entry.path)!.bytes.slice()]);
    expect((await verifyBackup(file)).ok).toBe(true);
  });

  it('starts the file over at the same path when a row only the library writes comes late', async () => {
    await seedLarge();
    // A Date, met after the texts' chunks were written.
    await database.table('settings').put({ key: 'since', value: new Date(Date.UTC(2026, 0, 2)) });
    let rewinds = 0;
    const rewindWrite = host.api.backup.rewindWrite;
    host.api.backup.rewindWrite = (writeId) => {
      rewinds++;
      return rewindWrite(writeId);
    };
    const written = await writeBackup(
      host.api,
      database,
      { kind: 'file', suggestedName: 'b' },
      { appVersion: '1' },
    );
    expect(rewinds).toBe(1);
    expect([...host.backups.files.keys()]).toEqual([written!.entry.path]);
    const file = new Blob([host.backups.files.get(written!.entry.path)!.bytes.slice()]);
    expect(await file.text()).toContain('"$types"');
    expect(await verifyBackup(file)).toMatchObject({ ok: true });
  });

  it('digests the file on the page when the verification worker cannot run', async () => {
    /** A worker whose script never loads: it answers nothing but an error. */
    class UnloadableWorker {
      onmessage: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor() {
        setTimeout(() => this.onerror?.(), 0);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', UnloadableWorker);
    try {
      await seedLarge();
      const written = await writeBackup(
        host.api,
        database,
        { kind: 'snapshot', reason: 'daily' },
        { appVersion: '1' },
      );
      expect(host.backups.files.get(written!.entry.path)!.isComplete).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('fails when the host reads back other bytes than it was given, and takes no more parts', async () => {
    const stream = openHostWriteStream({
      write: async () => ({ ok: true, value: 0 }),
      readBack: async () => ({ ok: true, value: new Blob(['short']) }),
    });
    stream.write('x'.repeat(HOST_CHUNK_BYTES));
    await expect(stream.close()).rejects.toThrow(/read back 5 bytes where 4194304 were written/);
    expect(() => stream.write('more')).toThrow(/read back/);
  });
});

describe('digesting a backup chunk by chunk', () => {
  it('gives the whole file’s digests wherever the chunks are cut, inside a character too', async () => {
    await seedLarge();
    const written = await writeBackup(
      host.api,
      database,
      { kind: 'file', suggestedName: 'b' },
      { appVersion: '1' },
    );
    const bytes = host.backups.files.get(written!.entry.path)!.bytes;
    const manifest = written!.manifest;
    const names = manifest.tables.map((table) => table.name);
    const whole = await digestBackupFile(new Blob([bytes.slice()]), manifest);
    expect(whole).toEqual(manifest.tables);
    for (const cuts of [[1], [7, 8, 9, 4_000_001], [3_333_333, 6_000_000]]) {
      const chunks = digestChunks(manifest.formatVersion);
      let from = 0;
      for (const cut of [...cuts, bytes.length]) {
        chunks.push(new Blob([bytes.slice(from, cut)]));
        from = cut;
      }
      expect(await chunks.finish(names)).toEqual({ kind: 'digested', tables: manifest.tables });
    }
  });

  it('says a file cut short is unreadable', async () => {
    const chunks = digestChunks(3);
    chunks.push(new Blob(['{"formatName":"dexie","formatVersion":1,"data":{']));
    expect(await chunks.finish([])).toMatchObject({ kind: 'unreadable' });
  });
});
