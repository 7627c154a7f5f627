/**
 * The renderer's IndexedDB database and every version of its schema.
 *
 * All `version(n).stores()` declarations live here and old versions stay forever: a user's
 * database replays them in order when it upgrades (Dexie's own advice). Only repository
 * modules import `db`; components read through hooks over `useLiveQuery`.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AnalystRecord,
  AnnotationPackIdsRecord,
  AnnotationPackRecord,
  AnnotationRecord,
  ArticleVersionRecord,
  ArticleRecord,
  ArticleTextRecord,
  CodebookVersionRecord,
  CommentRecord,
  EntityRecord,
  SettingRecord,
} from './records';

/** The database name. It lives under the app's origin, so changing it would hide every library. */
export const DATABASE_NAME = 'sourcemark';

/** The typed Dexie database of the renderer. */
export class SourcemarkDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleTextRecord, 'articleId'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  codebookVersions!: Table<CodebookVersionRecord, [string, number]>;
  analysts!: EntityTable<AnalystRecord, 'id'>;
  comments!: EntityTable<CommentRecord, 'id'>;
  articleVersions!: Table<ArticleVersionRecord, [string, number]>;
  annotationPacks!: Table<AnnotationPackRecord, [string, string]>;
  annotationPackIds!: Table<AnnotationPackIdsRecord, [string, string]>;

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

    // Version 2: annotations, the entity registry and codebook versions.
    // - annotations are whole records (`annotation/types.ts`); `[articleId+author]` serves
    //   "this analyst's set on this article", `itemId` the label counts, `entityId` the
    //   registry's mentions. Version 1 declared the table but never stored a row.
    // - `*aliases` is multi-entry: a registry entity is found by any of its names.
    // - every codebook version is kept: an annotation names the version it was made with.
    this.version(2).stores({
      annotations: 'id, articleId, [articleId+author], author, itemId, entityId',
      entities: 'id, name, *aliases, wikidataQid',
      codebookVersions: '[codebookId+version], codebookId',
    });

    // Version 3: sets from colleagues, review threads, and earlier texts of changed files.
    // - `analysts` names every author whose annotations are here (this one, colleagues, gold).
    // - `comments` are review threads, one row per comment, found by annotation or article.
    // - `articleVersions` keeps each replaced text, so orphaned annotations keep their text.
    this.version(3).stores({
      analysts: 'id, role',
      comments: 'id, annotationId, articleId',
      articleVersions: '[articleId+version], articleId',
    });

    // Version 4: imported sets stored one row per article and author (`AnnotationPackRecord`).
    // - `annotationPackIds` mirrors each pack's ids, small enough to read whole when an id is
    //   looked for. Not a multi-entry index: Dexie's change tracking would then handle every
    //   packed id of an import one by one (2 s for 100,000), for lookups that are rare.
    this.version(4).stores({
      annotationPacks: '[articleId+author], articleId, author',
      annotationPackIds: '[articleId+author]',
    });
  }
}

/** The app's one database connection; Dexie opens it on first use. */
export const db = new SourcemarkDatabase();
