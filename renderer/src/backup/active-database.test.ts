// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  activeDatabaseName,
  removeStaleWorkspaceDatabases,
  switchActiveDatabase,
} from './active-database';

async function create(name: string) {
  const database = new Dexie(name);
  database.version(1).stores({ t: 'id' });
  await database.open();
  database.close();
}
const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();

beforeEach(async () => {
  for (const info of await indexedDB.databases()) if (info.name) await Dexie.delete(info.name);
  localStorage.clear();
});

describe('the workspace pointer', () => {
  it('is the original database until a restore moves it, and refuses other names', () => {
    expect(activeDatabaseName()).toBe('sourcemark');
    switchActiveDatabase('sourcemark-restored-5');
    expect(activeDatabaseName()).toBe('sourcemark-restored-5');
    expect(() => switchActiveDatabase('other')).toThrow();
    localStorage.setItem('sourcemark.activeDatabase', 'evil');
    expect(activeDatabaseName()).toBe('sourcemark');
  });

  it('removes the replaced database, half-made restores and verification scratch at start', async () => {
    for (const name of [
      'sourcemark',
      'sourcemark-restored-1',
      'sourcemark-restored-2',
      'sourcemark-verify-3',
      'search-other',
    ])
      await create(name);
    switchActiveDatabase('sourcemark-restored-1');
    expect(await removeStaleWorkspaceDatabases()).toEqual(
      expect.arrayContaining(['sourcemark', 'sourcemark-restored-2', 'sourcemark-verify-3']),
    );
    expect(await names()).toEqual(['search-other', 'sourcemark-restored-1']);
  });

  it('removes nothing when the database the pointer names is missing', async () => {
    await create('sourcemark');
    switchActiveDatabase('sourcemark-restored-9');
    expect(await removeStaleWorkspaceDatabases()).toEqual([]);
    expect(await names()).toEqual(['sourcemark']);
  });
});
