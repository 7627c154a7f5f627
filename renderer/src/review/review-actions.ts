/**
 * Review decisions on a colleague's annotation as change sets: accepting it into the
 * analyst's set or a gold set (optionally with another label: "edit"), each one undoable
 * step. A colleague's own record is never changed: accepting copies it under a new id and
 * author. Rejecting writes no annotation at all; it is a "Rejected" comment (see
 * `review-repository.ts`), so the decision travels with the thread and the colleague's
 * set stays exactly as imported. Pure: the caller applies the change set.
 */
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  SpanAnnotation,
} from '../annotation/types';
import { creation, type ChangeSet } from '../store/change-set';

/** Where the clock and ids come from; tests inject both. */
export interface ReviewDeps {
  now?: () => Date;
  newId?: () => AnnotationId;
}

/** The body of the comment that records a rejection. */
export const REJECTED_COMMENT = 'Rejected';

/** What accepting needs: the annotation, who receives it, and optionally a new label. */
export interface AcceptRequest {
  source: SpanAnnotation;
  author: AuthorId;
  /** A label to use instead of the source's (accept, then relabel). */
  itemId?: CodebookItemId;
  /** The receiving set's conflicting annotation, replaced in the same step (label or boundary). */
  replaces?: Annotation | null;
  /** Shown in the Undo menu ("Accept into my set"). */
  label: string;
}

/**
 * A copy of `source` for `author`: new id, fresh timestamps, the same span, quote, codebook
 * version, attributes, note and entity link. Attribution links point at the colleague's ids,
 * which mean nothing in another set, so they are dropped.
 */
export function copyForAuthor(
  source: SpanAnnotation,
  author: AuthorId,
  itemId: CodebookItemId = source.itemId,
  deps: ReviewDeps = {},
): SpanAnnotation {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const { links: _links, ...rest } = source;
  return {
    ...rest,
    id: (deps.newId ?? (() => crypto.randomUUID() as AnnotationId))(),
    author,
    itemId,
    span: { ...source.span },
    quote: { ...source.quote },
    attributes: structuredClone(source.attributes),
    createdAt: now,
    modifiedAt: now,
  };
}

/**
 * The change set of accepting `request.source`: creates the copy, and deletes
 * `request.replaces` in the same step when given (so the analyst's disagreeing tag gives way
 * to the accepted one and one undo brings it back). Refuses to copy into the source's own set.
 */
export function acceptAnnotation(request: AcceptRequest, deps: ReviewDeps = {}): ChangeSet {
  if (request.source.author === request.author) {
    throw new RangeError('acceptAnnotation: the annotation is already in that set');
  }
  const copy = copyForAuthor(request.source, request.author, request.itemId, deps);
  const change = creation(request.label, [copy]);
  if (request.replaces) change.annotations.push({ before: request.replaces, after: null });
  return change;
}
