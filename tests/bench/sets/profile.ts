/**
 * The profile the import benchmark writes into: the app's real Dexie database on
 * fake-indexeddb (Node has no IndexedDB; Chromium's would be faster or slower, not the same).
 * The caller must import `fake-indexeddb/auto` before anything that imports Dexie.
 */
import { db } from '../../../renderer/src/db/db';
import type { ArticleId, ArticleRecord } from '../../../renderer/src/db/records';
import type { AssembledSet } from '../../../renderer/src/sets/set-repository';

/** Empties the profile, then stores the set's articles and texts as the library holds them. */
export async function seedLibrary(assembled: AssembledSet): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  const records: ArticleRecord[] = assembled.set.articles.map((a, i) => ({
    id: a.id,
    title: a.title,
    sourcePath: `/news/${a.sourceName}`,
    sourceName: a.sourceName,
    format: 'html',
    sizeBytes: Buffer.byteLength(assembled.texts.get(a.id) ?? '', 'utf8'),
    modifiedAtMs: Date.UTC(2026, 2, 1),
    encoding: 'UTF-8',
    language: 'en',
    textSha256: a.textSha256,
    textLength: a.textLength ?? 0,
    addedAt: new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(),
  }));
  await db.articles.bulkAdd(records);
  const textOf = (r: { id: string }) => assembled.texts.get(r.id as ArticleId) ?? '';
  await db.articleTexts.bulkAdd(records.map((r) => ({ articleId: r.id, text: textOf(r) })));
  await db.articleOriginals.bulkAdd(records.map((r) => ({ articleId: r.id, original: textOf(r) })));
}

/** Forgets every annotation, entity, analyst and setting; the library's articles stay. */
export async function clearAnnotations(): Promise<void> {
  const tables = [
    db.annotations,
    db.annotationPacks,
    db.annotationPackIds,
    db.entities,
    db.analysts,
    db.settings,
  ];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.annotations.clear(),
      db.annotationPacks.clear(),
      db.annotationPackIds.clear(),
      db.entities.clear(),
      db.analysts.clear(),
      db.settings.clear(),
    ]);
  });
}

/**
 * Times the import's write of its annotations: the span from the first `db.annotationPacks.put`
 * to the last one settling (the import issues them while it places the next article, so
 * this span also holds some placing). `take()` answers the milliseconds since the last call.
 */
export function timeAnnotationWrites(): { take: () => number } {
  const table = db.annotationPacks;
  const put = table.put.bind(table);
  let first: number | undefined;
  let last = 0;
  table.put = (async (...args: Parameters<typeof put>) => {
    first ??= performance.now();
    try {
      return await put(...args);
    } finally {
      last = performance.now();
    }
  }) as typeof table.put;
  return {
    take: () => {
      const spent = first === undefined ? 0 : last - first;
      first = undefined;
      return spent;
    },
  };
}
