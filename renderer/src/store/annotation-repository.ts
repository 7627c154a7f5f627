/**
 * Annotations and registry entities in IndexedDB. Every write goes through `writeEdit`,
 * one read-write transaction per user action that builds the action's change set from the
 * stored rows and writes it: an action is stored whole or not at all, and the undo history
 * replays the same change sets backwards.
 */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  DocumentAnnotation,
  RegistryEntity,
  TextSpan,
} from '../annotation/types';
import { db } from '../db/db';
import { isEmptyChangeSet, type ChangeSet, type RowChange } from './change-set';
import { compareArticleRows } from './article-rows';
import {
  annotationTables,
  getAnnotations,
  getArticleAnnotations,
  getAuthorLabelAnnotations,
  getDocumentAnnotation,
  readForRewrite,
} from './annotation-storage';
import { buildEdit, type Edit, type StoredRows } from './edit';

/** Thrown when a row changed since the change set was made (another window, a stale undo). */
export class StaleChangeError extends Error {}

async function checkBefore<Row extends { id: string }>(
  rows: RowChange<Row>[],
  read: (ids: string[]) => Promise<(Row | undefined)[]>,
): Promise<void> {
  const ids = rows.map((row) => (row.before ?? row.after)!.id);
  const current = await read(ids);
  rows.forEach((row, index) => {
    const stored = current[index] ?? null;
    if (JSON.stringify(stored) !== JSON.stringify(row.before)) {
      throw new StaleChangeError(
        `The annotation ${ids[index]} changed since this action was recorded; nothing was written.`,
      );
    }
  });
}

// Reads for edits being built; they run inside `writeEdit`'s transaction.
const storedRows: StoredRows = {
  annotations: (ids, articleId) => getAnnotations([...ids], articleId),
  documentAnnotation: (articleId, author, itemId) =>
    getDocumentAnnotation(articleId, author, itemId) as Promise<DocumentAnnotation | undefined>,
};

/** The rows `rows` expect to be stored (all but creations): id → the article and author each is under. */
function expectedRows(rows: RowChange<Annotation>[]) {
  return new Map(
    rows.flatMap((row) =>
      row.before
        ? [[row.before.id, { articleId: row.before.articleId, author: row.before.author }] as const]
        : [],
    ),
  );
}

/**
 * Checks and writes `change` in the current transaction. The checks and the writes are
 * issued together rather than one after another: IndexedDB runs a transaction's requests
 * in order, so the checks read the rows as they were before the writes, and a failed check
 * rejects (and Dexie aborts the transaction, writing nothing) in the callback of its read,
 * before any write can complete. One round trip to the database instead of several, each
 * of which waited for a main thread busy drawing the change. Empty parts issue nothing.
 */
async function putRowsTogether(change: ChangeSet): Promise<void> {
  const put = <Row>(rows: RowChange<Row>[]) =>
    rows.flatMap((row) => (row.after ? [row.after] : []));
  const gone = <Row extends { id: string }>(rows: RowChange<Row>[]) =>
    rows.flatMap((row) => (row.after === null && row.before ? [row.before.id] : []));
  const work: Promise<unknown>[] = [];
  // New rows are added, not put: the totals of a put first read the row it replaces (a
  // round trip before the write, `db/annotation-totals.ts`); an add replaces nothing. A row
  // already stored under a new row's id fails its `before` check, read first, either way.
  const created = change.annotations.filter((row) => row.before === null);
  const replaced = change.annotations.filter((row) => row.before !== null);
  const annotations = { add: put(created), put: put(replaced), gone: gone(change.annotations) };
  const entities = { put: put(change.entities), gone: gone(change.entities) };
  if (change.annotations.length > 0)
    work.push(
      // A packed annotation's pack becomes rows here, before the write replaces it.
      checkBefore(change.annotations, (ids) =>
        readForRewrite(ids as AnnotationId[], expectedRows(change.annotations)),
      ),
    );
  if (change.entities.length > 0)
    work.push(
      checkBefore(change.entities, (ids) => db.entities.bulkGet(ids as RegistryEntity['id'][])),
    );
  if (annotations.add.length > 0) work.push(db.annotations.bulkAdd(annotations.add));
  if (annotations.put.length > 0) work.push(db.annotations.bulkPut(annotations.put));
  if (annotations.gone.length > 0)
    work.push(db.annotations.bulkDelete(annotations.gone as AnnotationId[]));
  if (entities.put.length > 0) work.push(db.entities.bulkPut(entities.put));
  if (entities.gone.length > 0)
    work.push(db.entities.bulkDelete(entities.gone as RegistryEntity['id'][]));
  await Promise.all(work);
}

/**
 * Annotation rows checked and written per round trip of a large change set. Each put
 * clones the row and works out its index keys in the page: 2,000 rows were 300–430 ms
 * tasks of an annotate-all (profiled in Chromium), 250 a few tens of milliseconds.
 */
const WRITE_CHUNK = 250;

/**
 * Writes `change` as `putRowsTogether` does, a chunk of rows at a time when it is large:
 * issuing 100,000 puts at once (annotate-all across a library) clones every row in one task
 * of the page, seconds without a frame. Each chunk's requests are issued after the last
 * chunk's answer, so the page paints in between; all run in the caller's transaction, so
 * a failed check in any chunk still writes nothing.
 */
async function putChangeSet(change: ChangeSet): Promise<void> {
  if (change.annotations.length <= WRITE_CHUNK) return putRowsTogether(change);
  for (let at = 0; at < change.annotations.length; at += WRITE_CHUNK) {
    await putRowsTogether({
      ...change,
      annotations: change.annotations.slice(at, at + WRITE_CHUNK),
      entities: at === 0 ? change.entities : [],
    });
  }
}

/**
 * Builds `edit` from the rows as stored and writes it, in one transaction, after checking
 * that every row is still in its `before` state (so an undo never overwrites a newer edit).
 * Calls `willWrite` with the change set once its writes are issued, before they are
 * answered, so a view can show it at once; an edit that changes nothing writes nothing and
 * is not announced. Answers the change set; rejects, writing nothing, on a mismatch or any
 * storage failure.
 */
export function writeEdit(edit: Edit, willWrite?: (change: ChangeSet) => void): Promise<ChangeSet> {
  // `undoSteps` too: the history's journal adds the action's step in this transaction,
  // alongside its rows, rather than after them (`undo/undo-journal.ts`).
  return db.transaction('rw', [...annotationTables(), db.entities, db.undoSteps], async () => {
    const change = await buildEdit(edit, storedRows);
    if (isEmptyChangeSet(change)) return change;
    // The requests go out before the view hears of the change: its render (tens of
    // milliseconds on a long article) then overlaps the database's work instead of
    // preceding it. The view still hears before any request is answered.
    const writing = putChangeSet(change);
    willWrite?.(change);
    await writing;
    return change;
  });
}

/** Writes a change set made beforehand; see `writeEdit`. */
export async function writeChangeSet(change: ChangeSet): Promise<void> {
  await writeEdit(change);
}

/** Every annotation on `articleId` (all authors), span annotations in text order first. */
export async function listArticleAnnotations(articleId: ArticleId): Promise<Annotation[]> {
  const rows = await getArticleAnnotations(articleId);
  return rows.sort(compareArticleRows);
}

/** The whole entity registry, by name. */
export function listEntities(): Promise<RegistryEntity[]> {
  return db.entities.orderBy('name').toArray();
}

/** One article's text with what a cross-library search shows of it. */
export interface SearchableArticle {
  articleId: ArticleId;
  title: string;
  text: string;
  /** Page chrome in `text` (menus, footers): hits there are offered unticked. */
  chromeRanges: readonly { start: number; end: number }[];
}

/** Every article's text and title, for a search across the library (reads every text). */
export async function listSearchableArticles(): Promise<SearchableArticle[]> {
  return readSearchableArticles(await listArticleIdsWithText());
}

/** The id of every article with a stored text, from the primary key alone. */
export function listArticleIdsWithText(): Promise<ArticleId[]> {
  return db.articleTexts.toCollection().primaryKeys() as Promise<ArticleId[]>;
}

/**
 * The texts and titles of `ids` (those still stored), in one read: a search across the
 * library reads them a batch at a time, so no single task deserialises 50 MB of text.
 */
export function readSearchableArticles(ids: readonly ArticleId[]): Promise<SearchableArticle[]> {
  return db.transaction('r', [db.articles, db.articleTexts], async () => {
    const [articles, texts] = await Promise.all([
      db.articles.bulkGet([...ids]),
      db.articleTexts.bulkGet([...ids]),
    ]);
    return texts.flatMap((row, index) =>
      row
        ? [
            {
              articleId: row.articleId,
              title: articles[index]?.title ?? '',
              text: row.text,
              chromeRanges: row.chromeRanges ?? [],
            },
          ]
        : [],
    );
  });
}

/** This author's span annotations with `itemId` in each article, by article. */
export async function spansByArticle(
  author: Annotation['author'],
  itemId: Annotation['itemId'],
): Promise<Map<ArticleId, TextSpan[]>> {
  const rows = await getAuthorLabelAnnotations(author, itemId);
  const spans = new Map<ArticleId, TextSpan[]>();
  for (const row of rows) {
    if (row.kind !== 'span') continue;
    // Pushed, not spread: after a tag-all an article may hold hundreds of these.
    const list = spans.get(row.articleId);
    if (list) list.push(row.span);
    else spans.set(row.articleId, [row.span]);
  }
  return spans;
}
