import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcemarkDatabase } from '../db/db';
import { openWorkspaceDatabase } from './database-opening';
import { storageWarning, formatBytes, type TableSize } from './storage-health';
import { isQuotaError, setReadOnly, storageFullMessage } from './write-guard';

afterEach(async () => {
  setReadOnly(null);
  await Dexie.delete('storage-test');
});

/** A database a newer app made: our tables plus its own, one version above ours. */
async function newerDatabase(changed: Record<string, string> = {}): Promise<void> {
  const ours = new SourcemarkDatabase('storage-test');
  const stores = Object.fromEntries(
    ours.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(','),
    ]),
  );
  const newer = new Dexie('storage-test');
  newer.version(ours.verno + 1).stores({ ...stores, somethingNew: 'id', ...changed });
  await newer.open();
  await newer.table('settings').put({ key: 'samplesSeeded', value: true });
  newer.close();
}

describe('opening the workspace database', () => {
  it('opens a current database writable', async () => {
    const db = new SourcemarkDatabase('storage-test');
    expect(await openWorkspaceDatabase(db)).toEqual({ kind: 'ready' });
    await db.settings.put({ key: 'snapToWords', value: true });
    db.close();
  });

  it('opens a newer app’s database read-only: reads work, every write is refused, nothing changes', async () => {
    await newerDatabase();
    const db = new SourcemarkDatabase('storage-test');
    const opening = await openWorkspaceDatabase(db);
    expect(opening).toMatchObject({ kind: 'read-only' });
    expect(opening.kind === 'read-only' && opening.message).toMatch(
      /newer version of Sourcemark \(database version 13; this app knows version 12\)/,
    );
    expect(await db.settings.get('samplesSeeded')).toEqual({ key: 'samplesSeeded', value: true });
    await expect(db.settings.put({ key: 'snapToWords', value: true })).rejects.toThrow(/read-only/);
    await expect(
      db.transaction('rw', db.settings, async () => {
        await db.settings.delete('samplesSeeded');
      }),
    ).rejects.toThrow(/read-only/);
    expect(await db.settings.count()).toBe(1);
    db.close();
  });
});

/** The database's native version and each store's index names, read with IndexedDB itself. */
function installed(name: string): Promise<{ version: number; indexes: Record<string, string[]> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const names = [...idb.objectStoreNames];
      const tx = idb.transaction(names, 'readonly');
      const indexes = Object.fromEntries(
        names.map((store) => [store, [...tx.objectStore(store).indexNames].sort()]),
      );
      idb.close();
      resolve({ version: idb.version, indexes });
    };
  });
}

describe('a newer app’s database stays as it was', () => {
  it('keeps its version and indexes when it lacks an index this app declares', async () => {
    // A newer app that dropped `[author+kind]` (as the e2e fixture's version 6 rows lack it):
    // Dexie 4 would reopen it at 13.1 to add the index, unless opened with its own schema.
    await newerDatabase({
      annotations:
        'id, [articleId+author], itemId, entityId, [articleId+span.start], [articleId+kind]',
      trash: null as unknown as string,
    });
    const before = await installed('storage-test');
    expect(before.version).toBe(130);

    // The page and a worker (search, export) each open it the same way.
    const page = new SourcemarkDatabase('storage-test');
    const worker = new SourcemarkDatabase('storage-test');
    expect(await openWorkspaceDatabase(page)).toMatchObject({ kind: 'read-only' });
    expect(await openWorkspaceDatabase(worker)).toMatchObject({ kind: 'read-only' });
    expect(await worker.settings.get('samplesSeeded')).toEqual({
      key: 'samplesSeeded',
      value: true,
    });
    expect(await page.annotations.count()).toBe(0);
    await expect(page.settings.put({ key: 'snapToWords', value: true })).rejects.toThrow(
      /read-only/,
    );
    page.close();
    worker.close();

    expect(await installed('storage-test')).toEqual(before);
  });
});

describe('a full quota', () => {
  it('is recognised through Dexie’s wrapping, and said with what did not fit', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(storageFullMessage('1 row of articleTexts')).toMatch(
      /full: 1 row of articleTexts did not fit\. Nothing of this action was saved/,
    );
  });

  it('warns from 80 % on, naming the largest tables', () => {
    const sizes: TableSize[] = [
      { table: 'articleTexts', rows: 900, bytes: 700_000_000 },
      { table: 'annotationPacks', rows: 50, bytes: 90_000_000 },
      { table: 'trash', rows: 3, bytes: 12_000_000 },
      { table: 'settings', rows: 4, bytes: 200 },
    ];
    expect(storageWarning({ usage: 790, quota: 1000 }, sizes)).toBeNull();
    expect(storageWarning({ usage: 850_000_000, quota: 1_000_000_000 }, sizes)).toBe(
      'Storage is 85 % full (850.0 MB of 1.0 GB). The most space goes to article texts ≈ 700.0 MB, ' +
        'imported sets and restored annotations ≈ 90.0 MB, the trash ≈ 12.0 MB. Empty the trash or free disk space before the next large import.',
    );
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
