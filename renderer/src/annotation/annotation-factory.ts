/**
 * The one place new annotation records are made, so every record starts out complete and
 * consistent: a validated span, its quote, one id, and equal ISO timestamps. Clock and id
 * source are injected so tests (and imports replaying history) control them.
 */
import type { SpanProblem } from './span-validation';
import { validateSpan } from './span-validation';
import { buildTextQuote } from './text-quote';
import type {
  AnnotationId,
  AnnotationLinks,
  ArticleId,
  AttributeValue,
  AuthorId,
  CodebookItemId,
  CodebookRef,
  DocumentAnnotation,
  EntityId,
  SpanAnnotation,
  TextSpan,
} from './types';

/** Where new records get their time and id; both default to the real ones. */
export interface AnnotationFactoryDeps {
  now?: () => Date;
  newId?: () => AnnotationId;
}

/** What every new annotation needs from its caller. */
export interface AnnotationParams {
  articleId: ArticleId;
  itemId: CodebookItemId;
  codebook: CodebookRef;
  author: AuthorId;
  attributes?: Record<string, AttributeValue>;
  note?: string;
}

/** What a new span annotation needs: the article's stored text and the span within it. */
export interface SpanAnnotationParams extends AnnotationParams {
  text: string;
  span: TextSpan;
  entityId?: EntityId;
  links?: AnnotationLinks;
}

/** A new span annotation, or why the span was refused (the message is for the analyst). */
export type CreateSpanResult =
  { ok: true; annotation: SpanAnnotation } | { ok: false; reason: SpanProblem; message: string };

/**
 * A new span annotation over `params.span` of `params.text`, with its quote built from
 * the text, a fresh id and `createdAt === modifiedAt`. Refuses a span `validateSpan`
 * refuses, returning its reason instead of throwing. Copies the span, attributes and
 * links, so later changes to the caller's objects do not reach the record. Pure apart
 * from calling `now` and `newId` once each on success.
 */
export function createSpanAnnotation(
  params: SpanAnnotationParams,
  deps: AnnotationFactoryDeps = {},
): CreateSpanResult {
  const validation = validateSpan(params.span, params.text);
  if (!validation.ok) return validation;
  const span = { start: params.span.start, end: params.span.end };
  const annotation: SpanAnnotation = {
    ...baseOf(params, deps),
    kind: 'span',
    span,
    quote: buildTextQuote(params.text, span),
  };
  // Absent rather than undefined: records go to IndexedDB and JSON exports as they are.
  if (params.entityId !== undefined) annotation.entityId = params.entityId;
  if (params.links !== undefined) annotation.links = { ...params.links };
  return { ok: true, annotation };
}

/**
 * A new annotation on the whole document (genre, outlet type, frames, free notes), with a
 * fresh id and `createdAt === modifiedAt`. Copies the attributes like `createSpanAnnotation`.
 */
export function createDocumentAnnotation(
  params: AnnotationParams,
  deps: AnnotationFactoryDeps = {},
): DocumentAnnotation {
  return { ...baseOf(params, deps), kind: 'document' };
}

function baseOf(params: AnnotationParams, deps: AnnotationFactoryDeps) {
  const { now = () => new Date(), newId = () => crypto.randomUUID() as AnnotationId } = deps;
  const timestamp = now().toISOString();
  return {
    id: newId(),
    articleId: params.articleId,
    itemId: params.itemId,
    codebook: { ...params.codebook },
    attributes: copyAttributes(params.attributes ?? {}),
    note: params.note ?? '',
    author: params.author,
    createdAt: timestamp,
    modifiedAt: timestamp,
  };
}

function copyAttributes(
  attributes: Record<string, AttributeValue>,
): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [
      key,
      Array.isArray(value) ? [...value] : value,
    ]),
  );
}
