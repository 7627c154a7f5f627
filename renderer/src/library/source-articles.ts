/** Reads of the library by source file, for following files that change on disk. */
import { db } from '../db/db';
import type { ArticleRecord } from '../db/records';

/** Every article read from the file at `path` (usually one; more when it was imported again). */
export function articlesFromSource(path: string): Promise<ArticleRecord[]> {
  return db.articles.where('sourcePath').equals(path).toArray();
}
