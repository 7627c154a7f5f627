import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/db';
import { recordRequests } from '../testing/recorded-requests';
import { seedArticle } from '../sets/sets-testing';
import { isLibraryEmpty } from './article-repository';

const requests = recordRequests('articles');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  requests.clear();
});

it('tells an empty library from one with articles by one key, never a count of them all', async () => {
  expect(await isLibraryEmpty()).toBe(true);
  await seedArticle('a1', 'Bakou\nUn sommet.');
  await seedArticle('a2', 'Ankara\nUn accord.');
  requests.clear();
  expect(await isLibraryEmpty()).toBe(false);
  // Chromium counts entry by entry: the start-up's count held every other read.
  expect(requests.asked).toEqual(['query limit 1']);
});
