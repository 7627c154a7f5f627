import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { writeChangeSet } from '../store/annotation-repository';
import { creation } from '../store/change-set';
import { spanAnnotationOf } from '../testing/annotation-records';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles } from './article-repository';
import { watchLibraryRows } from './library-feed';
import type { LibraryRow } from './library-rows';
import { correctMetadataField } from './metadata-edits-repository';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  vi.restoreAllMocks();
});

/** `count` stored articles from /news, each its own text; answers their ids in order. */
async function store(from: number, count: number): Promise<ArticleId[]> {
  const articles = await Promise.all(
    Array.from({ length: count }, (_, k) =>
      ingestedArticle(`/news/${from + k}.txt`, `Dépêche ${from + k}\n\nTexte ${from + k}.`),
    ),
  );
  const { outcomes } = await addIngestedArticles(articles);
  return outcomes.flatMap((outcome) => (outcome.kind === 'added' ? [outcome.id] : []));
}

/**
 * Watches the library; `next()` answers the next delivery with every count read (the rows
 * come first without them), `nextAny()` the next delivery.
 */
function watch(isActive = true) {
  const deliveries: (readonly LibraryRow[])[] = [];
  let wake: (() => void) | undefined;
  const feed = watchLibraryRows(
    (rows) => {
      deliveries.push(rows);
      wake?.();
    },
    (error) => {
      throw error;
    },
    isActive,
  );
  const nextAny = async () => {
    while (deliveries.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return deliveries.shift()!;
  };
  const next = async () => {
    for (;;) {
      const rows = await nextAny();
      if (rows.every((row) => row.annotationCount !== null)) return rows;
    }
  };
  return { feed, next, nextAny, deliveries };
}

const byId = (rows: readonly LibraryRow[]) => new Map(rows.map((row) => [row.id, row]));

describe('watchLibraryRows', () => {
  it("adds an import chunk's articles by their keys, keeping every other row's object", async () => {
    await store(0, 30);
    const { feed, next } = watch();
    const first = await next();
    expect(first).toHaveLength(30);

    // The library is not listed again: only the chunk's own rows are read, and no record.
    const listed = vi.spyOn(db.articleRows, 'orderBy');
    const read = vi.spyOn(db.articleRows, 'bulkGet');
    const records = vi.spyOn(db.articles, 'bulkGet');
    const added = await store(30, 25);
    const second = await next();
    expect(second).toHaveLength(55);
    expect(listed).not.toHaveBeenCalled();
    expect(read.mock.calls.map(([ids]) => [...ids].sort())).toEqual([[...added].sort()]);
    expect(records).not.toHaveBeenCalled();
    // Newest first, as a full read lists them; the earlier rows are the same objects.
    expect(new Set(second.slice(0, 25).map((row) => row.id))).toEqual(new Set(added));
    second.slice(25).forEach((row, i) => expect(row).toBe(first[i]));
    feed.stop();
  });

  it('replaces the row of a corrected article in place, and follows annotation counts', async () => {
    const [a, b] = await store(0, 2);
    const { feed, next } = watch();
    const first = byId(await next());

    await correctMetadataField(a!, 'title', 'Titre corrigé');
    const corrected = byId(await next());
    expect(corrected.get(a!)?.title).toBe('Titre corrigé');
    expect(corrected.get(b!)).toBe(first.get(b!));

    const text = 'Dépêche 1\n\nTexte 1.';
    await writeChangeSet(creation('tag', [spanAnnotationOf('n1', b!, text, 0, 7)]));
    const counted = byId(await next());
    expect(counted.get(b!)?.annotationCount).toBe(1);
    expect(counted.get(a!)).toBe(corrected.get(a!));
    feed.stop();
  });

  it('shows the articles before their annotations are counted, then the counts', async () => {
    const [a, b] = await store(0, 2);
    const text = 'Dépêche 1\n\nTexte 1.';
    await writeChangeSet(
      creation('tag', [
        spanAnnotationOf('n1', b!, text, 0, 7),
        spanAnnotationOf('n2', b!, text, 9, 14),
      ]),
    );
    const { feed, nextAny } = watch();
    const shown = byId(await nextAny());
    expect(shown.get(a!)?.annotationCount).toBeNull();
    expect(shown.get(b!)?.annotationCount).toBeNull();
    const counted = byId(await nextAny());
    expect(counted.get(a!)?.annotationCount).toBe(0);
    expect(counted.get(b!)?.annotationCount).toBe(2);
    feed.stop();
  });

  it('reads nothing while inactive, and catches up with what changed when active again', async () => {
    await store(0, 2);
    const { feed, next, deliveries } = watch();
    await next();
    feed.setActive(false);
    await store(2, 3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(deliveries).toEqual([]);

    feed.setActive(true);
    expect(await next()).toHaveLength(5);
    feed.stop();
  });

  it('reads the whole library again after a write Dexie reports as a range', async () => {
    await store(0, 2);
    const { feed, next } = watch();
    await next();
    // 60 rows in one bulk write: Dexie names no keys past 50.
    await store(2, 60);
    expect(await next()).toHaveLength(62);
    feed.stop();
  });
});
