/**
 * The analyst's annotation actions as change sets (one undoable, atomic step each).
 * Pure: the caller applies the result through the edit history.
 */
import { createSpanAnnotation, type AnnotationFactoryDeps } from '../annotation/annotation-factory';
import { validateSpan } from '../annotation/span-validation';
import { buildTextQuote } from '../annotation/text-quote';
import type {
  Annotation,
  AnnotationId,
  AnnotationLinks,
  ArticleId,
  AttributeValue,
  AuthorId,
  CodebookRef,
  DocumentAnnotation,
  EntityId,
  RegistryEntity,
  SpanAnnotation,
  TextSpan,
} from '../annotation/types';
import type { CodebookItem } from '../codebook/codebook-types';
import { creation, deletion, update, type ChangeSet } from '../store/change-set';

/** Who annotates, with which codebook, on which article and text. */
export interface AnnotationContext {
  articleId: ArticleId;
  text: string;
  author: AuthorId;
  codebook: CodebookRef;
}

/** A change set, or a message saying why the action was refused. */
export type ActionResult = { ok: true; change: ChangeSet } | { ok: false; message: string };

/** Default attribute values an item's new annotations start with. */
export function defaultAttributes(item: CodebookItem): Record<string, AttributeValue> {
  const values: Record<string, AttributeValue> = {};
  for (const attribute of item.attributes) {
    if (attribute.kind === 'choice' && attribute.defaultValue !== undefined) {
      values[attribute.key] = attribute.isMulti ? [attribute.defaultValue] : attribute.defaultValue;
    }
  }
  return values;
}

/** Tags `span` with `item`. Refused for an out-of-range, inverted or empty span. */
export function tagSpan(
  context: AnnotationContext,
  item: CodebookItem,
  span: TextSpan,
  deps: AnnotationFactoryDeps = {},
): ActionResult {
  const created = createSpanAnnotation(
    { ...context, itemId: item.id, span, attributes: defaultAttributes(item) },
    deps,
  );
  if (!created.ok) return { ok: false, message: created.message };
  return { ok: true, change: creation(`Tag “${item.label}”`, [created.annotation]) };
}

/** Tags every span of `spans` with `item`, in one step ("annotate all occurrences"). */
export function tagSpans(
  context: AnnotationContext,
  item: CodebookItem,
  spans: readonly TextSpan[],
  extra: { entityId?: SpanAnnotation['entityId'] } = {},
  deps: AnnotationFactoryDeps = {},
): ActionResult {
  const created: Annotation[] = [];
  for (const span of spans) {
    const result = createSpanAnnotation(
      { ...context, itemId: item.id, span, attributes: defaultAttributes(item), ...extra },
      deps,
    );
    if (!result.ok) return { ok: false, message: result.message };
    created.push(result.annotation);
  }
  const noun = spans.length === 1 ? 'occurrence' : 'occurrences';
  return { ok: true, change: creation(`Tag ${spans.length} ${noun} “${item.label}”`, created) };
}

function edited<Row extends Annotation>(row: Row, change: Partial<Row>, now: Date): Row {
  return { ...row, ...change, modifiedAt: now.toISOString() };
}

/** Gives `annotation` another label; values of attributes the new item lacks are kept. */
export function relabel(
  annotation: Annotation,
  item: CodebookItem,
  codebook: CodebookRef,
  now = new Date(),
): ChangeSet {
  const after = edited(annotation, { itemId: item.id, codebook } as Partial<Annotation>, now);
  return update(`Relabel as “${item.label}”`, [annotation], [after]);
}

/** Sets (or, with `undefined`, clears) one attribute. */
export function setAttribute(
  annotation: Annotation,
  key: string,
  value: AttributeValue | undefined,
  label: string,
  now = new Date(),
): ChangeSet {
  const attributes = { ...annotation.attributes };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete attributes[key];
  else attributes[key] = value;
  return update(`Set ${label}`, [annotation], [edited(annotation, { attributes }, now)]);
}

/** Replaces the note. */
export function setNote(annotation: Annotation, note: string, now = new Date()): ChangeSet {
  return update('Edit note', [annotation], [edited(annotation, { note }, now)]);
}

/** Deletes `annotations`, and unlinks claims that pointed at them as source or cue. */
export function deleteAnnotations(
  annotations: readonly Annotation[],
  all: readonly Annotation[],
  now = new Date(),
): ChangeSet {
  const gone = new Set(annotations.map((annotation) => annotation.id));
  const unlinked = all.filter(
    (row): row is SpanAnnotation =>
      row.kind === 'span' &&
      !gone.has(row.id) &&
      (gone.has(row.links?.sourceId as never) || gone.has(row.links?.cueId as never)),
  );
  const change = deletion(
    annotations.length === 1 ? 'Delete annotation' : `Delete ${annotations.length} annotations`,
    [...annotations],
  );
  for (const claim of unlinked) {
    const links: AnnotationLinks = { ...claim.links };
    if (links.sourceId && gone.has(links.sourceId)) delete links.sourceId;
    if (links.cueId && gone.has(links.cueId)) delete links.cueId;
    change.annotations.push({ before: claim, after: edited(claim, { links }, now) });
  }
  return change;
}

/** Sets a claim's attribution links (source mention or registry entity, and cue). */
export function setLinks(
  claim: SpanAnnotation,
  links: AnnotationLinks,
  now = new Date(),
): ChangeSet {
  const clean: AnnotationLinks = {};
  if (links.sourceId) clean.sourceId = links.sourceId;
  if (links.sourceEntityId) clean.sourceEntityId = links.sourceEntityId;
  if (links.cueId) clean.cueId = links.cueId;
  return update('Set attribution', [claim], [edited(claim, { links: clean }, now)]);
}

/** Who a claim's words come from: a mention in the text, a registry entity, or the outlet. */
export type ClaimSource = { sourceId: AnnotationId } | { sourceEntityId: EntityId } | null;

/** Sets a claim's source and keeps its cue: one picker's change, whatever the other holds. */
export function setSource(claim: SpanAnnotation, source: ClaimSource, now = new Date()): ChangeSet {
  return setLinks(claim, { cueId: claim.links?.cueId, ...source }, now);
}

/** Sets (or, with `undefined`, clears) a claim's cue and keeps its source. */
export function setCue(
  claim: SpanAnnotation,
  cueId: AnnotationId | undefined,
  now = new Date(),
): ChangeSet {
  return setLinks(claim, { ...claim.links, cueId }, now);
}

/** Links a mention to a registry entity, creating the entity in the same step when new. */
export function linkEntity(
  mention: SpanAnnotation,
  entity: RegistryEntity,
  isNew: boolean,
  now = new Date(),
): ChangeSet {
  const after = edited(mention, { entityId: entity.id }, now);
  const change = update(`Link to “${entity.name}”`, [mention], [after]);
  if (isNew) change.entities.push({ before: null, after: entity });
  return change;
}

/** Sets one field of the document profile, creating the profile annotation if needed. */
export function setDocumentField(
  context: AnnotationContext,
  profileItem: CodebookItem,
  existing: DocumentAnnotation | undefined,
  key: string,
  value: AttributeValue | undefined,
  label: string,
  deps: { now?: () => Date; newId?: () => string } = {},
): ChangeSet {
  const now = deps.now?.() ?? new Date();
  if (existing) return setAttribute(existing, key, value, label, now);
  const profile: DocumentAnnotation = {
    id: (deps.newId?.() ?? crypto.randomUUID()) as DocumentAnnotation['id'],
    articleId: context.articleId,
    kind: 'document',
    itemId: profileItem.id,
    codebook: context.codebook,
    attributes: value === undefined ? {} : { [key]: value },
    note: '',
    author: context.author,
    createdAt: now.toISOString(),
    modifiedAt: now.toISOString(),
  };
  return creation(`Set ${label}`, [profile]);
}

/**
 * Places an orphaned annotation (its text changed underneath) on `span` of the current
 * text, by hand: new span and quote, no longer orphaned.
 */
export function replaceOrphan(
  orphan: SpanAnnotation,
  text: string,
  span: TextSpan,
  now = new Date(),
): ActionResult {
  const validation = validateSpan(span, text);
  if (!validation.ok) return { ok: false, message: validation.message };
  const placed: SpanAnnotation = { ...orphan, span, quote: buildTextQuote(text, span) };
  delete placed.orphanedFrom;
  return { ok: true, change: update('Re-place annotation', [orphan], [edited(placed, {}, now)]) };
}
