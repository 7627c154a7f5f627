/**
 * Builds the trash record of what a delete takes away: an article with everything that
 * hangs on it, or one colleague's imported set. Reads only; runs inside the delete's
 * transaction, so the record holds exactly the rows the delete then removes.
 */
import { Dexie } from 'dexie';
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationPackRecord, ArticleId, TrashRecord } from '../db/records';
import { packedAnnotations } from '../store/annotation-storage';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The dates of a record deleted at `now` and kept `days`. */
function dates(now: Date, days: number): Pick<TrashRecord, 'deletedAt' | 'purgeAfter'> {
  return {
    deletedAt: now.toISOString(),
    purgeAfter: new Date(now.getTime() + days * DAY_MS).toISOString(),
  };
}

/** Leaves out the tables the delete takes nothing from. */
function nonEmpty(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(rows).filter(([, list]) => list.length > 0));
}

/**
 * The record of article `id` with its text, earlier texts, annotations (rows and packs),
 * comments and statuses; `undefined` when no such article is stored.
 */
export async function articleTrashRecord(
  id: ArticleId,
  now: Date,
  days: number,
): Promise<TrashRecord | undefined> {
  const article = await db.articles.get(id);
  if (!article) return undefined;
  const [text, original, annotations, packs, packIds, comments, versions, statuses] =
    await Promise.all([
      db.articleTexts.get(id),
      db.articleOriginals.get(id),
      db.annotations.where('articleId').equals(id).toArray(),
      db.annotationPacks.where('articleId').equals(id).toArray(),
      db.annotationPackIds
        .where('[articleId+author]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .toArray(),
      db.comments.where('articleId').equals(id).toArray(),
      db.articleVersions.where('articleId').equals(id).toArray(),
      db.articleStatuses.where('articleId').equals(id).toArray(),
    ]);
  return {
    id: crypto.randomUUID(),
    kind: 'article',
    label: article.metadataEdits?.fields.title || article.title,
    ...dates(now, days),
    rows: nonEmpty({
      articles: [article],
      articleTexts: text ? [text] : [],
      articleOriginals: original ? [original] : [],
      annotations,
      annotationPacks: packs,
      annotationPackIds: packIds,
      comments,
      articleVersions: versions,
      articleStatuses: statuses,
    }),
  };
}

/**
 * The record of colleague `author`'s imported set: their annotations (rows and packs), the
 * comments on them, and the analyst; `undefined` when the author is not a colleague.
 */
export async function importedSetTrashRecord(
  author: AuthorId,
  now: Date,
  days: number,
): Promise<TrashRecord | undefined> {
  const analyst = await db.analysts.get(author);
  if (!analyst || analyst.role !== 'colleague') return undefined;
  const [annotations, packs] = await Promise.all([
    db.annotations.where('author').equals(author).toArray(),
    db.annotationPacks.where('author').equals(author).toArray(),
  ]);
  const packKeys = packs.map((pack) => [pack.articleId, pack.author] as [ArticleId, AuthorId]);
  const packIds = (await db.annotationPackIds.bulkGet(packKeys)).filter((row) => row !== undefined);
  const ids = [
    ...annotations.map((row) => row.id),
    ...packs.flatMap((pack) => packedAnnotations(pack).map((row) => row.id)),
  ];
  const comments =
    ids.length === 0 ? [] : await db.comments.where('annotationId').anyOf(ids).toArray();
  return {
    id: crypto.randomUUID(),
    kind: 'importedSet',
    label: `${analyst.name}’s imported set`,
    ...dates(now, days),
    rows: nonEmpty({
      analysts: [analyst],
      annotations,
      annotationPacks: packs,
      annotationPackIds: packIds,
      comments,
    }),
  };
}

/** How many annotations `record` holds (rows and packed), for the trash list. */
export function annotationCountOf(record: TrashRecord): number {
  const rows = record.rows['annotations']?.length ?? 0;
  const packed = ((record.rows['annotationPacks'] ?? []) as AnnotationPackRecord[]).reduce(
    (sum, pack) => sum + packedAnnotations(pack).length,
    0,
  );
  return rows + packed;
}
