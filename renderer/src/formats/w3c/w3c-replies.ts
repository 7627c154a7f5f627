/**
 * Review comments as W3C annotations: each comment is its own annotation with motivation
 * `replying`, a `replying` TextualBody, its author as creator, and the annotation it
 * discusses as target (Web Annotation Data Model §3.3.5, the standard's way to thread).
 * A rejection is flagged in `sourcemark:rejection`; other tools read it as a plain reply.
 * Read back leniently (`commenting` also counts when the target is an annotation), and
 * after every annotation of the document, so replies may come before what they answer.
 */
import type { AnnotationId, AuthorId } from '../../annotation/types';
import type { SetComment } from '../native/set-comments';
import { MAX_AUTHOR_NAME, MAX_COMMENT_BODY, MAX_THREAD_LENGTH } from '../native/set-comments';
import type { ImportItemResult } from '../shared/import-result';
import { isObject } from '../shared/json-object';
import type { W3cAgent, W3cAnnotation } from './w3c-model';
import { idFromUuidIri, uuidIri, W3C_CONTEXT } from './w3c-model';
import { asList, type Json } from './w3c-read';

/** The reply annotation of each comment, `created` as given by `utc`. */
export function replyAnnotations(
  comments: readonly SetComment[],
  generator: W3cAgent,
  utc: (timestamp: string) => string,
): W3cAnnotation[] {
  return comments.map((comment) => ({
    '@context': W3C_CONTEXT,
    id: uuidIri(comment.id),
    type: 'Annotation',
    motivation: 'replying',
    created: utc(comment.createdAt),
    // A comment is never edited: it was last modified when it was made.
    modified: utc(comment.createdAt),
    creator: { type: 'Person', id: uuidIri(comment.author), name: comment.authorName },
    generator,
    body: [{ type: 'TextualBody', purpose: 'replying', value: comment.body, format: 'text/plain' }],
    target: uuidIri(comment.annotationId),
    ...(comment.isRejection ? { 'sourcemark:rejection': true } : {}),
  }));
}

/** Whether a W3C item is a reply to an annotation rather than an annotation of text. */
export function isReply(item: Json): boolean {
  const motivations = asList(item.motivation);
  if (motivations.includes('replying')) return true;
  const target = asList(item.target)[0];
  return (
    motivations.includes('commenting') &&
    typeof target === 'string' &&
    idFromUuidIri(target) !== undefined
  );
}

/** A reply waiting for the annotations of the document to be read. */
export interface PendingReply {
  index: number;
  item: Json;
}

/** What reading replies needs. */
export interface ReplyContext {
  /** The author when a reply's creator is not a `urn:uuid:` IRI. */
  author: AuthorId;
  newId?: () => string;
  now?: () => string;
  /** The imported annotation id of a target IRI (ids may have been made fresh on import). */
  annotationIdOf: (iri: string) => string | undefined;
}

/** Reads the replies, each one a comment or an error, in document order. */
export function readReplies(
  pending: readonly PendingReply[],
  context: ReplyContext,
): { comments: SetComment[]; results: ImportItemResult[] } {
  const comments = new Map<string, SetComment>();
  const threads = new Map<string, number>();
  const results = pending.map(({ index, item }): ImportItemResult => {
    const read = readReply(item, context);
    const where = { section: 'comments' as const, index };
    if (typeof read === 'string') {
      const id = typeof item.id === 'string' ? { id: item.id } : {};
      return { kind: 'error', ...where, ...id, reason: read };
    }
    if (comments.has(read.id)) return { kind: 'duplicate', ...where, id: read.id };
    const length = (threads.get(read.annotationId) ?? 0) + 1;
    if (length > MAX_THREAD_LENGTH) {
      const reason = `the thread on annotation ${read.annotationId} is longer than ${MAX_THREAD_LENGTH} comments`;
      return { kind: 'error', ...where, id: read.id, reason };
    }
    threads.set(read.annotationId, length);
    comments.set(read.id, read);
    return { kind: 'imported', ...where, id: read.id };
  });
  return { comments: [...comments.values()], results };
}

function readReply(item: Json, context: ReplyContext): SetComment | string {
  const first = asList(item.target)[0];
  const iri = typeof first === 'string' ? first : isObject(first) ? first.id : undefined;
  if (typeof iri !== 'string') return 'a reply needs the annotation it answers as target';
  const annotationId = context.annotationIdOf(iri);
  if (!annotationId) return `replies to ${iri}, which is not an annotation of the file`;
  const body = replyBody(item)?.trim();
  if (!body) return 'a reply needs a text body';
  if (body.length > MAX_COMMENT_BODY)
    return `the reply is longer than ${MAX_COMMENT_BODY} characters`;
  const creator = asList(item.creator).find(isObject);
  const authorId = typeof creator?.id === 'string' ? idFromUuidIri(creator.id) : undefined;
  const name = typeof creator?.name === 'string' ? creator.name.slice(0, MAX_AUTHOR_NAME) : '';
  const uuid = typeof item.id === 'string' ? idFromUuidIri(item.id) : undefined;
  return {
    id: uuid ?? context.newId?.() ?? globalThis.crypto.randomUUID(),
    annotationId: annotationId as AnnotationId,
    author: (authorId ?? context.author) as AuthorId,
    authorName: name,
    body,
    createdAt:
      typeof item.created === 'string'
        ? item.created
        : (context.now?.() ?? new Date().toISOString()),
    ...(item['sourcemark:rejection'] === true ? { isRejection: true as const } : {}),
  };
}

/** The first replying or commenting text body, or `bodyValue`. */
function replyBody(item: Json): string | undefined {
  if (typeof item.bodyValue === 'string') return item.bodyValue;
  for (const body of asList(item.body)) {
    if (!isObject(body) || typeof body.value !== 'string') continue;
    const purposes = asList(body.purpose);
    if (purposes.length === 0 || purposes.includes('replying') || purposes.includes('commenting'))
      return body.value;
  }
  return undefined;
}
