/**
 * What review reads and writes in IndexedDB besides annotations (those go through the edit
 * history): the analysts who own sets, the gold analyst created on first use, and comment
 * threads, one transaction per comment.
 */
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnalystRecord, CommentRecord } from '../db/records';
import { MAX_COMMENT_BODY } from '../formats/native/set-comments';

/** Every analyst row (self, colleagues, gold). */
export function listAnalysts(): Promise<AnalystRecord[]> {
  return db.analysts.toArray();
}

/** The name the gold analyst row gets when review creates it. */
export const GOLD_ANALYST_NAME = 'Gold';

/**
 * The gold analyst: the first analyst row with role 'gold', created (random id, name "Gold")
 * on first call. One transaction, so two first calls cannot make two gold sets.
 */
export function getOrCreateGoldAnalyst(): Promise<AnalystRecord> {
  return db.transaction('rw', db.analysts, async () => {
    const existing = await db.analysts.where('role').equals('gold').first();
    if (existing) return existing;
    const gold: AnalystRecord = {
      id: crypto.randomUUID() as AuthorId,
      name: GOLD_ANALYST_NAME,
      role: 'gold',
    };
    await db.analysts.add(gold);
    return gold;
  });
}

/** The comments on an article, oldest first. */
export async function listArticleComments(articleId: ArticleId): Promise<CommentRecord[]> {
  const rows = await db.comments.where('articleId').equals(articleId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** What a new comment needs. */
export interface NewComment {
  annotationId: AnnotationId;
  articleId: ArticleId;
  author: AuthorId;
  body: string;
}

/**
 * Stores one comment (trimmed body, random id, now as `createdAt`) in its own transaction
 * and answers it. Rejects an empty body, or one longer than an exported file may carry
 * (`MAX_COMMENT_BODY`), with a RangeError, writing nothing.
 */
export async function addComment(comment: NewComment, now = new Date()): Promise<CommentRecord> {
  const body = comment.body.trim();
  if (body === '') throw new RangeError('A comment needs some text.');
  // Longer comments would be refused by the importer of the exported set: say so now.
  if (body.length > MAX_COMMENT_BODY) {
    throw new RangeError(`A comment holds at most ${MAX_COMMENT_BODY} characters.`);
  }
  const record: CommentRecord = {
    ...comment,
    id: crypto.randomUUID(),
    body,
    createdAt: now.toISOString(),
  };
  await db.transaction('rw', db.comments, () => db.comments.add(record));
  return record;
}
