import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/db';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { isGettingStartedWanted } from './getting-started';

/** Each request the annotations table was asked, as Dexie's middleware sees it. */
let asked: string[] = [];

db.use({
  stack: 'dbcore',
  name: 'recorded-annotation-requests',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'annotations') return table;
      return {
        ...table,
        count: (request) => {
          asked.push('count');
          return table.count(request);
        },
        query: (request) => {
          asked.push(`query limit ${request.limit}`);
          return table.query(request);
        },
        openCursor: (request) => {
          asked.push('cursor');
          return table.openCursor(request);
        },
      };
    },
  }),
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  asked = [];
});

it('is wanted on a library without annotations, until dismissed', async () => {
  expect(await isGettingStartedWanted()).toBe(true);
  await db.settings.put({ key: 'gettingStartedDismissed', value: true });
  expect(await isGettingStartedWanted()).toBe(false);
});

it('is not wanted once an annotation exists, and asks for one key, never a count of them all', async () => {
  await seedExportLibrary(3);
  expect(await db.annotations.where('author').equals(ANALYST).count()).toBeGreaterThan(1);
  asked = [];
  expect(await isGettingStartedWanted()).toBe(false);
  // Chromium counts entry by entry: a count of the whole table held IndexedDB at start-up.
  expect(asked).toEqual(['query limit 1']);
});
