import 'fake-indexeddb/auto';
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { writeChangeSet } from '../store/annotation-repository';
import { creation } from '../store/change-set';
import { spanAnnotationOf } from '../testing/annotation-records';
import { db } from './db';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const fired: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet) => fired.push(parts);

/** The ranges in a part: what every live query merges into its own set, one by one. */
function rangesIn(tree: IntervalTree | undefined): number {
  if (!tree || !('from' in tree)) return 0;
  return 1 + rangesIn(tree.l ?? undefined) + rangesIn(tree.r ?? undefined);
}
const rangesOf = (table: string) =>
  Math.max(...fired.map((parts) => rangesIn(parts[`idb://${db.name}/${table}/`])));

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  Dexie.on('storagemutated', listen);
  fired.length = 0;
});
afterEach(() => Dexie.on('storagemutated').unsubscribe(listen));

it('reports an annotate-all’s totals as whole tables, not every article’s key', async () => {
  // 8 occurrences in each of 375 articles: each written chunk spans fewer than 50 articles.
  const tags = Array.from({ length: 3_000 }, (_, n) =>
    spanAnnotationOf(`all-${n}`, `article-${Math.floor(n / 8)}` as ArticleId, TEXT, 0, 5),
  );
  await writeChangeSet(creation('Tag all', tags));
  expect(await db.articleTallies.count()).toBe(375);
  expect(rangesOf('annotations')).toBe(1);
  expect(rangesOf('articleTallies')).toBe(1);
  expect(rangesOf('spanBuckets')).toBe(1);
});

it('still names the article of a small edit, so a feed re-reads only it', async () => {
  await writeChangeSet(
    creation('Tag', [spanAnnotationOf('one', 'article-7' as ArticleId, TEXT, 0, 5)]),
  );
  const tallies = fired.map((parts) => parts[`idb://${db.name}/articleTallies/`]);
  expect(tallies.some((tree) => tree && 'from' in tree && tree.from === 'article-7')).toBe(true);
  expect(rangesOf('articleTallies')).toBe(1);
});
