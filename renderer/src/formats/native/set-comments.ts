/**
 * Review comments as they travel in a set: one row per comment on an exported annotation,
 * with the author's name beside the id so an importer can name an author who owns no
 * annotation in the set (a reviewer commenting on a colleague's or the gold set). The
 * bounds exist because a file is untrusted input: a thread is meant to be short.
 */
import type { AnnotationId, AuthorId } from '../../annotation/types';

/** One comment of the thread on `annotationId`. */
export interface SetComment {
  id: string;
  annotationId: AnnotationId;
  author: AuthorId;
  /** The author's name when exported ('' when unknown). */
  authorName: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** The comment records a reviewer's rejection of the annotation, not a remark. */
  isRejection?: true;
}

/** The longest comment body a file may carry, in UTF-16 code units. */
export const MAX_COMMENT_BODY = 4000;
/** The most comments one annotation's thread may carry in a file. */
export const MAX_THREAD_LENGTH = 200;
/** The longest author name a file may carry. */
export const MAX_AUTHOR_NAME = 200;

/**
 * Thread order: by annotation, then oldest first, ties by id. Exporters write comments in
 * this order and the review screen shows them in it, so the same thread always reads the same.
 */
export function compareThreadOrder(
  a: Pick<SetComment, 'annotationId' | 'createdAt' | 'id'>,
  b: Pick<SetComment, 'annotationId' | 'createdAt' | 'id'>,
): number {
  return (
    order(a.annotationId, b.annotationId) || order(a.createdAt, b.createdAt) || order(a.id, b.id)
  );
}

// Code-unit order, as `sortById`, so the bytes do not depend on the locale.
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
