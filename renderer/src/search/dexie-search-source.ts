/**
 * The search worker's reads and writes over the app's IndexedDB (Dexie opens the same
 * database from the worker: same origin). The index is stored in the `searchIndex` table as
 * chunks of at most 4 M characters, keyed `chunk:<n>`, beside a `meta` row; saving replaces
 * them all in one transaction, so a restart finds either the old index or the new one whole.
 */
import type { Annotation } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { StoredIndex, SearchSource } from './search-source';
import { readOnlyReasonNow } from '../storage/write-guard';
import { packedAnnotations } from '../store/annotation-storage';

const CHUNK = 4 * 1024 * 1024;
/**
 * Bumped when the index's fields or tokeniser change, or what is stored beside it: an older
 * stored index is rebuilt. 2: the articles the index cannot vouch for (`inexact`), which a
 * NOT needs to leave articles out unread. 3: Greek final sigma folded to σ (`fold-text.ts`),
 * so words ending in ς are stored differently and texts with a Σ are no longer inexact.
 */
export const INDEX_FORMAT = 3;

interface IndexMeta {
  format: number;
  chunks: number;
  stamps: Record<string, string>;
  inexact: string[];
  savedAt: string;
}

/**
 * The source over `db`: the workspace database the page names (after a restore it is not
 * `sourcemark`, and a worker has no `localStorage` to find it by).
 */
export function dexieSearchSource(db: SourcemarkDatabase): SearchSource {
  return {
    listArticles: () => db.articles.toArray(),
    getArticles: (ids) => db.articles.bulkGet([...ids] as never[]),
    getTexts: (ids) => db.articleTexts.bulkGet([...ids] as never[]),
    async listAnnotations() {
      const [rows, packs] = await Promise.all([
        db.annotations.toArray(),
        db.annotationPacks.toArray(),
      ]);
      return packs.length === 0 ? rows : rows.concat(...packs.map(packedAnnotations));
    },
    getAnnotationRows: (ids) =>
      db.annotations.bulkGet([...ids] as never[]) as Promise<(Annotation | undefined)[]>,
    listStatuses: () => db.articleStatuses.toArray(),
    listAnalysts: () => db.analysts.toArray(),
    listEntities: () => db.entities.toArray(),
    async loadIndex() {
      const meta = (await db.searchIndex.get('meta'))?.value as IndexMeta | undefined;
      if (!meta || meta.format !== INDEX_FORMAT) return undefined;
      const keys = Array.from({ length: meta.chunks }, (_, n) => `chunk:${n}`);
      const chunks = await db.searchIndex.bulkGet(keys);
      if (chunks.some((chunk) => typeof chunk?.value !== 'string')) return undefined;
      return {
        json: chunks.map((chunk) => chunk!.value as string).join(''),
        stamps: meta.stamps,
        inexact: meta.inexact,
      };
    },
    async saveIndex(index: StoredIndex) {
      // A newer app's database is never written (`storage/database-opening.ts`): the index
      // lives in memory only, built again at each start.
      if (readOnlyReasonNow() !== null) return;
      const rows: { key: string; value: unknown }[] = [];
      for (let at = 0, n = 0; at < index.json.length; at += CHUNK, n++) {
        rows.push({ key: `chunk:${n}`, value: index.json.slice(at, at + CHUNK) });
      }
      const meta: IndexMeta = {
        format: INDEX_FORMAT,
        chunks: rows.length,
        stamps: index.stamps,
        inexact: index.inexact,
        savedAt: new Date().toISOString(),
      };
      await db.transaction('rw', db.searchIndex, async () => {
        await db.searchIndex.clear();
        await db.searchIndex.bulkPut([...rows, { key: 'meta', value: meta }]);
      });
    },
  };
}
