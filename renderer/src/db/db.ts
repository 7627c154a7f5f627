/**
 * The renderer's IndexedDB database and every version of its schema.
 *
 * All `version(n).stores()` declarations live here and old versions stay forever: a user's
 * database replays them in order when it upgrades (Dexie's own advice). Only repository
 * modules import `db`; components read through hooks over `useLiveQuery`.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { activeDatabaseName } from '../backup/active-database';
import { folderOf, isPageDump, siteLinesOf, tallySitePages } from '../library/site-lines';
import { TallyCount, type ArticleTally } from '../stats/article-tally';
import {
  ARTICLE_COUNTS_TABLE,
  articleCountsOfTallies,
  type ArticleCount,
  type ArticleCountKey,
} from '../stats/article-counts';
import {
  AUTHOR_TOTALS_TABLE,
  authorTotalsOfTallies,
  type AuthorTotal,
} from '../stats/author-totals';
import { bucketsOfSpans, SPAN_BUCKETS_TABLE, type SpanBucket } from '../stats/span-buckets';
import { articleRowOf } from '../library/article-row';
import { installAnnotationTotals, TALLIES_TABLE } from './annotation-totals';
import {
  ARTICLE_ORIGINALS_TABLE,
  splitArticleText,
  withTrashedTextsSplit,
} from './article-originals';
import { ARTICLE_ROWS_TABLE, installArticleRows } from './article-rows';
import { packedAnnotations } from './packed-annotations';
import type {
  AnalystRecord,
  AnnotationPackIdsRecord,
  AnnotationPackRecord,
  AnnotationRecord,
  ArticleOriginalRecord,
  ArticleVersionRecord,
  ArticleRecord,
  ArticleRowRecord,
  ArticleTextRecord,
  CodebookVersionRecord,
  CommentRecord,
  LegacyArticleTextRecord,
  EntityRecord,
  SettingRecord,
  SiteFolderRecord,
  SiteLineRecord,
  TrashRecord,
  UndoStepRecord,
  SavedQueryRecord,
  SearchIndexRecord,
  ArticleStatusRecord,
} from './records';

/** The database name. It lives under the app's origin, so changing it would hide every library. */
export const DATABASE_NAME = 'sourcemark';

/** The typed Dexie database of the renderer. */
export class SourcemarkDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleTextRecord, 'articleId'>;
  articleOriginals!: EntityTable<ArticleOriginalRecord, 'articleId'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  codebookVersions!: Table<CodebookVersionRecord, [string, number]>;
  analysts!: EntityTable<AnalystRecord, 'id'>;
  comments!: EntityTable<CommentRecord, 'id'>;
  articleVersions!: Table<ArticleVersionRecord, [string, number]>;
  annotationPacks!: Table<AnnotationPackRecord, [string, string]>;
  annotationPackIds!: Table<AnnotationPackIdsRecord, [string, string]>;
  siteLines!: Table<SiteLineRecord, [string, string]>;
  siteFolders!: EntityTable<SiteFolderRecord, 'folder'>;
  trash!: EntityTable<TrashRecord, 'id'>;
  undoSteps!: EntityTable<UndoStepRecord, 'seq'>;
  savedQueries!: EntityTable<SavedQueryRecord, 'id'>;
  searchIndex!: EntityTable<SearchIndexRecord, 'key'>;
  articleStatuses!: Table<ArticleStatusRecord, [string, string]>;
  articleTallies!: EntityTable<ArticleTally, 'articleId'>;
  articleRows!: EntityTable<ArticleRowRecord, 'id'>;
  spanBuckets!: Table<SpanBucket, [string, number]>;
  authorTotals!: EntityTable<AuthorTotal, 'author'>;
  articleCounts!: Table<ArticleCount, ArticleCountKey>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    installAnnotationTotals(this);
    installArticleRows(this);

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

    // Version 5: the site-chrome index (`library/site-line-index.ts`): per folder, how many
    // page dumps it holds and how many of them hold each short line. An import asks it for
    // the lines that repeat instead of reading the folder's stored texts for every chunk.
    // - `[folder+pages]` finds the lines held by at least n dumps of a folder.
    // - the upgrade counts the dumps already stored, once.
    this.version(5)
      .stores({
        siteLines: '[folder+line], [folder+pages]',
        siteFolders: 'folder',
      })
      .upgrade(countStoredSitePages);

    // Version 6: an article's annotations in text order, a page at a time.
    // - Chromium reads ~10,000 annotation rows a second: the reader waited a second for all
    //   of a 10,000-annotation article before its first screen. `[articleId+span.start]`
    //   reads the annotations of the first screen first, the rest page by page after.
    // - document-level annotations have no span (so no entry there): `[articleId+kind]`
    //   finds them without reading the spans.
    this.version(6).stores({
      annotations:
        'id, articleId, [articleId+author], author, itemId, entityId, [articleId+span.start], [articleId+kind]',
    });

    // Version 7: never lose work, and the corpus workbench. Declared together so one upgrade
    // serves both.
    // - `trash` keeps a deleted article, imported set or codebook item whole, with every row
    //   the delete removed, until `purgeAfter`.
    // - `undoSteps` stores the undo history, so undo survives a restart.
    // - `savedQueries` are the analyst's named searches; `searchIndex` the persisted
    //   full-text index in chunks.
    // - `articleStatuses`: new / in progress / done, per article and analyst.
    // - annotations `[author+kind]`: the Export dialog counts a set's document-level
    //   annotations (which span formats drop) from the index, without reading the set.
    this.version(7).stores({
      annotations:
        'id, articleId, [articleId+author], author, itemId, entityId, [articleId+span.start], [articleId+kind], [author+kind]',
      trash: 'id, kind, deletedAt, purgeAfter',
      undoSteps: '++seq',
      savedQueries: 'id, name',
      searchIndex: 'key',
      articleStatuses: '[articleId+analyst], articleId, analyst, status',
    });

    // Version 8: what the library and the statistics read, kept in step with the rows they
    // come from in the transaction of every write (DBCore middlewares), so neither reads
    // every record at 10,000 articles and 200,000 annotations.
    // - `articleTallies`: each article's totals (`stats/article-tally.ts`,
    //   `annotation-totals.ts`): statistics read 10,000 tallies, not every annotation (13 s);
    //   `[articleId+total]` gives the library every article's count from the index alone.
    // - `articleRows`: each article's row as the library shows it (`article-rows.ts`),
    //   newest first by `addedAt`, not the whole record with its ingestion metadata.
    // - the upgrade counts the annotations and makes the rows of what is stored, once.
    this.version(8)
      .stores({
        [TALLIES_TABLE]: 'articleId, [articleId+total]',
        [ARTICLE_ROWS_TABLE]: 'id, addedAt',
      })
      .upgrade(async (tx) => {
        // The totals are counted by version 9's upgrade, in the shape it stores them.
        await rowStoredArticles(tx);
      });

    // Version 9: the spans the overlaps are counted from leave the tallies for buckets of
    // the text (`spanBuckets`, `stats/span-buckets.ts`): held in each tally, every key press
    // in a 50,000-annotation article read and wrote all its spans. The single `articleId`
    // and `author` indexes of annotations go: `[articleId+author]` and `[author+kind]`
    // answer the same queries (Dexie's virtual indexes), and every write paid for both.
    // The upgrade counts every tally again, in the new shape.
    this.version(9)
      .stores({
        annotations:
          'id, [articleId+author], itemId, entityId, [articleId+span.start], [articleId+kind], [author+kind]',
        [SPAN_BUCKETS_TABLE]: '[articleId+bucket]',
      })
      .upgrade(async (tx) => {
        await tx.table(TALLIES_TABLE).clear();
        await countStoredAnnotations(tx);
      });

    // Version 10: each text's original and page text leave its row for `articleOriginals`
    // (`article-originals.ts`): the reader reads the text row whole at open, and it was the
    // last read its first screen waited for in a profile of the editor bench; a saved page's
    // HTML is a median 11 times its text (103 of Readability's test pages).
    this.version(10)
      .stores({ [ARTICLE_ORIGINALS_TABLE]: 'articleId' })
      .upgrade(splitStoredTexts);

    // Version 11: each author's number of annotations (`authorTotals`,
    // `stats/author-totals.ts`), kept with the tallies by the same middleware: the Export
    // dialog's count of a whole set is one row, not a walk of every article's total (10,000
    // keys, one IndexedDB answer each, most of the dialog's first second). The upgrade sums
    // the stored tallies, once.
    this.version(11)
      .stores({ [AUTHOR_TOTALS_TABLE]: 'author' })
      .upgrade(sumStoredTallies);

    // Version 12: each article's annotation count as a primary key (`articleCounts`,
    // `stats/article-counts.ts`), kept with the tallies by the same middleware: the
    // library's start-up read of every count is one `getAllKeys`, not a cursor walk of the
    // tallies' `[articleId+total]` index (10,000 answers and tasks, ~1.5 s, which every
    // other early read queued behind). The upgrade copies the stored tallies' totals, once.
    this.version(12)
      .stores({ [ARTICLE_COUNTS_TABLE]: '[articleId+total]' })
      .upgrade(countStoredTallies);
  }
}

/** Version 12's upgrade: each article's count, from its stored tally. */
async function countStoredTallies(tx: Transaction): Promise<void> {
  const tallies = await tx.table<ArticleTally, string>(TALLIES_TABLE).toArray();
  await tx.table(ARTICLE_COUNTS_TABLE).bulkAdd(articleCountsOfTallies(tallies));
}

/** Version 11's upgrade: each author's total, from every article's stored tally. */
async function sumStoredTallies(tx: Transaction): Promise<void> {
  const tallies = await tx.table<ArticleTally, string>(TALLIES_TABLE).toArray();
  await tx.table(AUTHOR_TOTALS_TABLE).bulkAdd(authorTotalsOfTallies(tallies));
}

/** Texts moved at once by version 10's upgrade: a text with its original may be 50 MB. */
const SPLIT_BATCH = 20;

/** Version 10's upgrade: every stored text's original and page text into their own rows. */
async function splitStoredTexts(tx: Transaction): Promise<void> {
  const texts = tx.table<LegacyArticleTextRecord, string>('articleTexts');
  for (let last: string | undefined; ;) {
    const from = last === undefined ? texts.orderBy(':id') : texts.where(':id').above(last);
    const page = await from.limit(SPLIT_BATCH).toArray();
    const parts = page.map(splitArticleText);
    await texts.bulkPut(parts.map((part) => part.text));
    await tx
      .table<ArticleOriginalRecord, string>(ARTICLE_ORIGINALS_TABLE)
      .bulkPut(parts.flatMap((part) => (part.original ? [part.original] : [])));
    if (page.length < SPLIT_BATCH) break;
    last = page[page.length - 1]!.articleId;
  }
  // Deleted articles keep their rows in the trash: parted too, so a restore puts back rows
  // of this shape.
  const trash = tx.table<TrashRecord, string>('trash');
  for (let last: string | undefined; ;) {
    const from = last === undefined ? trash.orderBy(':id') : trash.where(':id').above(last);
    const page = await from.limit(SPLIT_BATCH).toArray();
    const changed = page.flatMap((row) => {
      const rows = withTrashedTextsSplit(row.rows);
      return rows === row.rows ? [] : [{ ...row, rows }];
    });
    await trash.bulkPut(changed);
    if (page.length < SPLIT_BATCH) break;
    last = page[page.length - 1]!.id;
  }
}

/** Version 8's upgrade: the library's row of every article already stored. */
async function rowStoredArticles(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRecord, string>('articles');
  for (let last: string | undefined; ;) {
    const from = last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last);
    const page = await from.limit(TALLY_PAGE).toArray();
    await tx.table(ARTICLE_ROWS_TABLE).bulkAdd(page.map(articleRowOf));
    if (page.length < TALLY_PAGE) break;
    last = page[page.length - 1]!.id;
  }
}

/** Annotation rows, and packs, read at once while the upgrade counts: bounded memory. */
const TALLY_PAGE = 2_500;
const TALLY_PACK_PAGE = 50;

/** Version 9's upgrade: the totals and span buckets of every annotation stored, rows and packs. */
async function countStoredAnnotations(tx: Transaction): Promise<void> {
  const counts = new Map<string, TallyCount>();
  const add = (annotations: readonly AnnotationRecord[]) => {
    for (const annotation of annotations) {
      let count = counts.get(annotation.articleId);
      if (!count) counts.set(annotation.articleId, (count = new TallyCount(annotation.articleId)));
      count.add(annotation);
    }
  };
  const rows = tx.table<AnnotationRecord, string>('annotations');
  for (let last: string | undefined; ;) {
    const from = last === undefined ? rows.orderBy(':id') : rows.where(':id').above(last);
    const page = await from.limit(TALLY_PAGE).toArray();
    add(page);
    if (page.length < TALLY_PAGE) break;
    last = page[page.length - 1]!.id;
  }
  const packs = tx.table<AnnotationPackRecord, [string, string]>('annotationPacks');
  for (let last: [string, string] | undefined; ;) {
    const from = last === undefined ? packs.orderBy(':id') : packs.where(':id').above(last);
    const page = await from.limit(TALLY_PACK_PAGE).toArray();
    for (const pack of page) add(packedAnnotations(pack));
    if (page.length < TALLY_PACK_PAGE) break;
    const end = page[page.length - 1]!;
    last = [end.articleId, end.author];
  }
  const tallies: ArticleTally[] = [];
  const buckets: SpanBucket[] = [];
  for (const [articleId, count] of counts) {
    tallies.push(count.settled());
    buckets.push(...bucketsOfSpans(articleId, count.spans));
  }
  await tx.table(TALLIES_TABLE).bulkAdd(tallies);
  await tx.table(SPAN_BUCKETS_TABLE).bulkAdd(buckets);
}

/** Texts read at once while the upgrade counts: bounded, since a text may be 20 MB. */
const UPGRADE_BATCH = 100;

/** Version 5's upgrade: the site-chrome index of every page dump already stored. */
async function countStoredSitePages(tx: Transaction): Promise<void> {
  const dumps = (await tx.table<ArticleRecord>('articles').toArray()).filter(
    (article) => isPageDump(article.format) && folderOf(article.sourcePath) !== '',
  );
  const tally = tallySitePages([]);
  for (let at = 0; at < dumps.length; at += UPGRADE_BATCH) {
    const batch = dumps.slice(at, at + UPGRADE_BATCH);
    const texts = await tx
      .table<ArticleTextRecord>('articleTexts')
      .bulkGet(batch.map((article) => article.id));
    const pages = batch.flatMap((article, i) => {
      const text = texts[i]?.text;
      return text === undefined
        ? []
        : [{ folder: folderOf(article.sourcePath), lines: siteLinesOf(text) }];
    });
    tallySitePages(pages, 1, tally);
  }
  const folders: SiteFolderRecord[] = [];
  const lines: SiteLineRecord[] = [];
  for (const [folder, { pages, lines: counts }] of tally) {
    folders.push({ folder, pages });
    for (const [line, count] of counts) lines.push({ folder, line, pages: count });
  }
  await tx.table('siteFolders').bulkAdd(folders);
  await tx.table('siteLines').bulkAdd(lines);
}

/**
 * The app's one database connection; Dexie opens it on first use. A restore may have moved
 * the workspace to another database (`backup/active-database.ts`): `sourcemark` otherwise.
 */
export const db = new SourcemarkDatabase(activeDatabaseName());
