/**
 * Storing the review comments of an imported file, inside the import's own transaction
 * (the caller's): each comment attaches to the annotation it is on as this profile holds it,
 * whether the import just stored it or it was already here (a duplicate keeps its id), and
 * takes that annotation's article, which the import may have matched to another id. Comments
 * keep their ids, so importing a file again adds nothing. Authors who own no annotation here
 * are registered as colleagues under the name the file carries.
 */
import type { AnnotationId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { CommentRecord } from '../db/records';
import { MAX_THREAD_LENGTH, type SetComment } from '../formats/native/set-comments';
import { REJECTED_COMMENT } from '../review/review-actions';
import { getAnnotations } from '../store/annotation-storage';
import type { ImportReportItem } from './import-report';
import type { IncomingComment } from './incoming-set';

/**
 * Stores `comments` and answers one report item each. Must run inside a read-write
 * transaction over the annotation tables, `comments` and `analysts`, after the annotations are stored.
 * `names` gives a name to an author whose comment carries none.
 */
export async function storeIncomingComments(
  comments: readonly IncomingComment[],
  names: ReadonlyMap<string, string>,
): Promise<ImportReportItem[]> {
  if (comments.length === 0) return [];
  const annotationIds = [...new Set(comments.map((c) => c.comment.annotationId))];
  const held = new Map(
    (await getAnnotations(annotationIds))
      .filter((a) => a !== undefined)
      .map((a) => [a.id as string, a]),
  );
  const known = new Map(
    (await db.comments.bulkGet(comments.map((c) => c.comment.id)))
      .filter((c) => c !== undefined)
      .map((c) => [c.id, c]),
  );
  const threadLengths = new Map<string, number>();
  for (const row of await db.comments.where('annotationId').anyOf(annotationIds).toArray()) {
    threadLengths.set(row.annotationId, (threadLengths.get(row.annotationId) ?? 0) + 1);
  }
  const items: ImportReportItem[] = [];
  const toStore: CommentRecord[] = [];
  const authors = new Map<string, string>();
  for (const { comment, location } of comments) {
    const item = { location, id: comment.id, isComment: true as const };
    const annotation = held.get(comment.annotationId);
    const same = known.get(comment.id);
    if (same) {
      items.push(
        same.annotationId === comment.annotationId
          ? { ...item, kind: 'duplicate' }
          : { ...item, kind: 'error', detail: 'its id is already used by another comment' },
      );
      continue;
    }
    if (!annotation) {
      items.push({
        ...item,
        kind: 'error',
        detail: `its annotation ${comment.annotationId} was not imported`,
      });
      continue;
    }
    const length = (threadLengths.get(annotation.id) ?? 0) + 1;
    if (length > MAX_THREAD_LENGTH) {
      items.push({
        ...item,
        kind: 'error',
        detail: `the thread would be longer than ${MAX_THREAD_LENGTH} comments`,
      });
      continue;
    }
    threadLengths.set(annotation.id, length);
    const record = toRecord(comment, annotation.id, annotation.articleId);
    known.set(record.id, record);
    toStore.push(record);
    authors.set(comment.author, comment.authorName || (names.get(comment.author) ?? ''));
    items.push({ ...item, kind: 'imported' });
  }
  await db.comments.bulkAdd(toStore);
  await registerCommentAuthors(authors);
  return items;
}

function toRecord(
  comment: SetComment,
  annotationId: AnnotationId,
  articleId: CommentRecord['articleId'],
): CommentRecord {
  return {
    id: comment.id,
    annotationId,
    articleId,
    author: comment.author,
    // The review screen knows a rejection by its body (see `review-actions.ts`).
    body: comment.isRejection ? REJECTED_COMMENT : comment.body,
    createdAt: comment.createdAt,
  };
}

/** Names the comment authors this profile does not know yet; known rows are left as they are. */
async function registerCommentAuthors(authors: ReadonlyMap<string, string>): Promise<void> {
  const ids = [...authors.keys()] as AuthorId[];
  const rows = await db.analysts.bulkGet(ids);
  const fresh = ids
    .filter((_, i) => rows[i] === undefined)
    .map((id) => ({ id, name: authors.get(id) ?? '', role: 'colleague' as const }));
  await db.analysts.bulkAdd(fresh);
}
