import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/db';
import { recordRequests } from '../testing/recorded-requests';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { isGettingStartedWanted } from './getting-started';

const requests = recordRequests('annotations');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  requests.clear();
});

it('is wanted on a library without annotations, until dismissed', async () => {
  expect(await isGettingStartedWanted()).toBe(true);
  await db.settings.put({ key: 'gettingStartedDismissed', value: true });
  expect(await isGettingStartedWanted()).toBe(false);
});

it('is not wanted once a restore stored the analyst’s rows as a pack', async () => {
  const key = { articleId: 'a1', author: ANALYST };
  await db.annotationPacks.add({ ...key, annotationsJson: '[]', heldAsRows: true } as never);
  await db.annotationPackIds.add({ ...key, annotationIds: [], heldAsRows: true } as never);
  expect(await isGettingStartedWanted()).toBe(false);
});

it('is not wanted once an annotation exists, and asks for one key, never a count of them all', async () => {
  await seedExportLibrary(3);
  expect(await db.annotations.where('author').equals(ANALYST).count()).toBeGreaterThan(1);
  requests.clear();
  expect(await isGettingStartedWanted()).toBe(false);
  // Chromium counts entry by entry: a count of the whole table held IndexedDB at start-up.
  expect(requests.asked).toEqual(['query limit 1']);
});
