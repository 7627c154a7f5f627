/** Test helpers: a library article stored straight into the database. */
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { sha256Hex } from './sha256';

/** Stores an article with `text` and `title` under `id`. */
export async function seedArticle(id: string, text: string, title = text.split('\n')[0] ?? id) {
  await db.articles.add({
    id: id as ArticleId,
    title,
    sourcePath: `/tmp/${id}.txt`,
    sourceName: `${id}.txt`,
    format: 'txt',
    sizeBytes: text.length,
    modifiedAtMs: 0,
    encoding: 'UTF-8',
    language: 'fr',
    textSha256: await sha256Hex(text),
    textLength: text.length,
    addedAt: '2026-01-01T00:00:00.000Z',
  });
  await db.articleTexts.add({ articleId: id as ArticleId, text });
  await db.articleOriginals.add({ articleId: id as ArticleId, original: text });
}
