/**
 * Annotations and registry entities in IndexedDB. Every write goes through
 * `writeChangeSet`, one read-write transaction per user action: an action is stored whole
 * or not at all, and the undo history replays the same change sets backwards.
 */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  RegistryEntity,
  TextSpan,
} from '../annotation/types';
import { db } from '../db/db';
import type { ChangeSet, RowChange } from './change-set';

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

/**
 * Writes `change` in one transaction, after checking that every row is still in its
 * `before` state (so an undo never overwrites a newer edit). Rejects, writing nothing, on
 * a mismatch or any storage failure.
 */
export function writeChangeSet(change: ChangeSet): Promise<void> {
  return db.transaction('rw', db.annotations, db.entities, async () => {
    await checkBefore(change.annotations, (ids) => db.annotations.bulkGet(ids as AnnotationId[]));
    await checkBefore(change.entities, (ids) => db.entities.bulkGet(ids as RegistryEntity['id'][]));
    const put = <Row>(rows: RowChange<Row>[]) =>
      rows.flatMap((row) => (row.after ? [row.after] : []));
    const gone = <Row extends { id: string }>(rows: RowChange<Row>[]) =>
      rows.flatMap((row) => (row.after === null && row.before ? [row.before.id] : []));
    await db.annotations.bulkPut(put(change.annotations));
    await db.annotations.bulkDelete(gone(change.annotations) as AnnotationId[]);
    await db.entities.bulkPut(put(change.entities));
    await db.entities.bulkDelete(gone(change.entities) as RegistryEntity['id'][]);
  });
}

/** Every annotation on `articleId` (all authors), span annotations in text order first. */
export async function listArticleAnnotations(articleId: ArticleId): Promise<Annotation[]> {
  const rows = await db.annotations.where('articleId').equals(articleId).toArray();
  return rows.sort((a, b) => {
    const startA = a.kind === 'span' ? a.span.start : Number.MAX_SAFE_INTEGER;
    const startB = b.kind === 'span' ? b.span.start : Number.MAX_SAFE_INTEGER;
    return startA - startB || a.createdAt.localeCompare(b.createdAt);
  });
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
}

/** Every article's text and title, for a search across the library (reads every text). */
export async function listSearchableArticles(): Promise<SearchableArticle[]> {
  const [articles, texts] = await Promise.all([db.articles.toArray(), db.articleTexts.toArray()]);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return texts.map((row) => ({
    articleId: row.articleId,
    title: titles.get(row.articleId) ?? '',
    text: row.text,
  }));
}

/** This author's span annotations with `itemId` in each article, by article. */
export async function spansByArticle(
  author: Annotation['author'],
  itemId: Annotation['itemId'],
): Promise<Map<ArticleId, TextSpan[]>> {
  const rows = await db.annotations.where('itemId').equals(itemId).toArray();
  const spans = new Map<ArticleId, TextSpan[]>();
  for (const row of rows) {
    if (row.author !== author || row.kind !== 'span') continue;
    spans.set(row.articleId, [...(spans.get(row.articleId) ?? []), row.span]);
  }
  return spans;
}
