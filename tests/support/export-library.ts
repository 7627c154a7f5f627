/**
 * A generated library stored straight into the app's IndexedDB in a real browser page, for
 * the export benchmark and end-to-end test: the set of `tests/bench/sets/generate-set.ts`
 * (its analyst's annotations as rows, as the analyst's own work is stored), the articles
 * and their texts, the rows and totals the app derives from them, and the registry entities, written with raw IndexedDB in batches so a
 * 10,000-article library takes seconds, not an import. The page must have opened the
 * database already (the app's schema); reload it afterwards so the app reads the rows.
 */
import type { Page } from '@playwright/test';
import type { Annotation } from '../../renderer/src/annotation/types';
import type { ArticleRecord } from '../../renderer/src/db/records';
import type { AssembledSet } from '../../renderer/src/sets/set-repository';
import { authorTotalsOf } from '../../renderer/src/stats/author-totals';
import { derivedRows } from '../bench/derived-rows';

/** Articles per page call: keeps each evaluate's payload to a few tens of MB. */
const BATCH = 500;

interface Rows {
  tables: Record<string, unknown[]>;
}

/**
 * Raw IndexedDB, in the page: puts every row of every table in one transaction. The rows
 * come as one JSON string: Playwright serialises an object argument value by value, which
 * for a batch of 10,000 annotations took seconds, against milliseconds for `JSON.parse`.
 */
async function putRows(json: string): Promise<void> {
  const { tables } = JSON.parse(json) as Rows;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables))
        for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Stores `assembled` in the page's database. Its author is stored as an analyst with
 * `role`: `colleague` (the default) leaves the profile's own analyst as the app made it;
 * `self` makes the author the profile's analyst, as if the analyst had made the set here.
 */
export async function storeGeneratedLibrary(
  page: Page,
  assembled: AssembledSet,
  role: 'self' | 'colleague' = 'colleague',
): Promise<void> {
  const { set, texts } = assembled;
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of set.annotations) {
    const list = byArticle.get(annotation.articleId) ?? [];
    list.push(annotation);
    byArticle.set(annotation.articleId, list);
  }
  await page.evaluate(
    putRows,
    JSON.stringify({
      tables: {
        analysts: [{ id: set.author.id, name: set.author.name, role }],
        // As the profile's own analyst, the app opens on this set (`analyst-repository.ts`).
        ...(role === 'self'
          ? { settings: [{ key: 'analyst', value: { id: set.author.id, name: set.author.name } }] }
          : {}),
        entities: set.entities,
      },
    }),
  );
  for (let at = 0; at < set.articles.length; at += BATCH) {
    const articles = set.articles.slice(at, at + BATCH);
    const stamp = Date.UTC(2026, 0, 1);
    const records: ArticleRecord[] = articles.map((a, i) => ({
      id: a.id,
      title: a.title,
      sourcePath: `/library/${a.sourceName}`,
      sourceName: a.sourceName,
      format: 'txt',
      sizeBytes: a.textLength ?? 0,
      modifiedAtMs: stamp,
      encoding: 'UTF-8',
      language: 'en',
      textSha256: a.textSha256,
      textLength: a.textLength ?? 0,
      addedAt: new Date(stamp + (at + i) * 1000).toISOString(),
    }));
    const annotations = articles.flatMap((a) => byArticle.get(a.id) ?? []);
    // Each author's total is the whole set's, put once after the last batch.
    const { authorTotals: _batchTotals, ...derived } = derivedRows(records, annotations);
    await page.evaluate(
      putRows,
      JSON.stringify({
        tables: {
          articles: records,
          // What the app's writes keep beside them: the library's rows and each article's
          // totals (the Export dialog counts the set from them).
          ...derived,
          articleTexts: articles.map((a) => ({ articleId: a.id, text: texts.get(a.id) ?? '' })),
          articleOriginals: articles.map((a) => ({
            articleId: a.id,
            original: texts.get(a.id) ?? '',
          })),
          annotations,
        },
      }),
    );
  }
  await page.evaluate(
    putRows,
    JSON.stringify({ tables: { authorTotals: authorTotalsOf(set.annotations) } }),
  );
}
