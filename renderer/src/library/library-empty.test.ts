import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/db';
import { seedArticle } from '../sets/sets-testing';
import { isLibraryEmpty } from './article-repository';

/** Each request the articles table was asked, as Dexie's middleware sees it. */
let asked: string[] = [];

db.use({
  stack: 'dbcore',
  name: 'recorded-article-requests',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'articles') return table;
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
      };
    },
  }),
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  asked = [];
});

it('tells an empty library from one with articles by one key, never a count of them all', async () => {
  expect(await isLibraryEmpty()).toBe(true);
  await seedArticle('a1', 'Bakou\nUn sommet.');
  await seedArticle('a2', 'Ankara\nUn accord.');
  asked = [];
  expect(await isLibraryEmpty()).toBe(false);
  // Chromium counts entry by entry: the start-up's count held every other read.
  expect(asked).toEqual(['query limit 1']);
});
