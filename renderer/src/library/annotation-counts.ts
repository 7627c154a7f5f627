/**
 * Every article's annotation count (rows and packs, every author), read once from the
 * stored totals' `[articleId+total]` index (`readAnnotationCounts`) and shared until a
 * write touches the totals. The index's keys are walked by a cursor, 10,000 steps at
 * 10,000 articles (0.4-1.3 s under load), and the library's counts and the Export dialog's
 * set size read the same keys: opened as the library starts, the dialog walked them beside
 * the library's own walk (the export bench's first opening).
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db/db';
import { primaryKeyPart, touchesAny } from '../db/mutated-keys';
import type { ArticleId } from '../db/records';
import { readAnnotationCounts } from './article-repository';

let shared: { database: string; counts: Promise<Map<ArticleId, number>> } | null = null;

/**
 * Drops the shared counts: a follower of the writes that reads the counts again in its own
 * handler (the library feed) calls this first. Dexie calls the handlers of a write newest
 * first, so this module's own, subscribed as it loads, comes after the feed's.
 */
export function forgetAnnotationCounts(): void {
  shared = null;
}

// For every other reader (the Export dialog): by the time it asks, the write is followed.
Dexie.on.storagemutated.subscribe((parts: ObservabilitySet) => {
  if (touchesAny(parts, [primaryKeyPart('articleTallies')])) forgetAnnotationCounts();
});

/**
 * Every article's annotation count, an article without any absent: the counts read for
 * another caller when no total was written since (a read in flight included), else read.
 * The map is shared: callers never change it.
 */
export function annotationCounts(): Promise<ReadonlyMap<ArticleId, number>> {
  if (shared?.database !== db.name) {
    const counts = readAnnotationCounts();
    const entry = { database: db.name, counts };
    shared = entry;
    // A failed read is not shared: the next caller reads again.
    counts.catch(() => shared === entry && (shared = null));
  }
  return shared.counts;
}
