/**
 * The last count of an analyst's whole set, kept until a write touches what it was counted
 * from (annotation rows, packs, the articles' totals), so the Export dialog opened again
 * reads nothing for it. Counting walks 10,000 totals (0.4-1.3 s of the dialog's wait under
 * load, the export bench); Dexie's `storagemutated` names every write's tables, other
 * windows' and workers' included, and any of these drops every kept count.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db/db';
import { primaryKeyPart, touchesAny } from '../db/mutated-keys';

const COUNTED_FROM = ['annotations', 'annotationPacks', 'articleTallies'];

/** Counts by database and analyst: a count in flight is kept as well, and shared. */
const kept = new Map<string, Promise<number>>();
let isFollowing = false;

function onMutated(parts: ObservabilitySet): void {
  if (touchesAny(parts, COUNTED_FROM.map(primaryKeyPart))) kept.clear();
}

/**
 * `count()` for `author`'s whole set, or the count kept from before when nothing it was
 * counted from has been written since. A failed count is not kept.
 */
export function keptTotal(author: string, count: () => Promise<number>): Promise<number> {
  if (!isFollowing) {
    Dexie.on.storagemutated.subscribe(onMutated);
    isFollowing = true;
  }
  const key = `${db.name}\u0000${author}`;
  let total = kept.get(key);
  if (!total) {
    total = count();
    kept.set(key, total);
    total.catch(() => kept.get(key) === total && kept.delete(key));
  }
  return total;
}
