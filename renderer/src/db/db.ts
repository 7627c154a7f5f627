/**
 * The renderer's IndexedDB database and every version of its schema.
 *
 * All `version(n).stores()` declarations live here and old versions stay forever: a user's
 * database replays them in order when it upgrades (Dexie's own advice). Only repository
 * modules import `db`; components read through hooks over `useLiveQuery`.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRecord, AnnotationRecord, ArticleTextRecord, SettingRecord } from './records';

/** The database name. It lives under the app's origin, so changing it would hide every library. */
export const DATABASE_NAME = 'sourcemark';

/** The typed Dexie database of the renderer. */
export class SourcemarkDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleTextRecord, 'articleId'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);

    // Version 1: the article library.
    // - `&textSha256` is unique: the same text is one article, whatever file it came from.
    // - texts sit in their own table so the library list never loads them.
    // - `annotations` is declared now (empty) so the library can count per article.
    this.version(1).stores({
      articles: 'id, &textSha256, addedAt, title, language, sourcePath',
      articleTexts: 'articleId',
      annotations: 'id, articleId',
      settings: 'key',
    });
  }
}

/** The app's one database connection; Dexie opens it on first use. */
export const db = new SourcemarkDatabase();
