/**
 * Import of W3C Web Annotations (a collection, a page, a list or one annotation) from
 * Sourcemark or other tools. Lenient about shapes; strict about anchoring: a span whose
 * positions and quote do not fit the article text is reported, not guessed. A target whose
 * source names no article of the library is looked for by its quotes
 * (`w3c-quote-fallback.ts`). Each item gets a result, as in Hypothesis' ImportResult.
 */
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  CodebookRef,
  EntityId,
  RegistryEntity,
} from '../../annotation/types';
import { QUOTE_CONTEXT_LENGTH } from '../../annotation/types';
import type { SetArticle } from '../native/annotation-set';
import { checkAttributeObject, checkAttributes } from '../shared/attribute-values';
import { codePointOffsetsCache, type CodePointOffsets } from '../shared/code-point-offsets';
import type { ImportItemResult } from '../shared/import-result';
import { isObject } from '../shared/json-object';
import { sha256HexFromNiIri } from './ni-iri';
import { quoteOccurrencesCache, type QuoteOccurrences } from './quote-occurrences';
import { anchorTarget } from './w3c-anchor';
import { articlesByQuote, sourceKey, type UnplacedTarget } from './w3c-quote-fallback';
import { applyLinks, readLink, type PendingLink } from './w3c-read-links';
import { isReply, readReplies, type PendingReply } from './w3c-replies';
import type { SetComment } from '../native/set-comments';
import { idFromUuidIri, qidFromIri } from './w3c-model';
import { asList, annotationsIn, hasType, readBodies, readTarget, type Json } from './w3c-read';

/** What an import needs to know about the library. */
export interface FromW3cContext {
  /** The articles annotations may target, with their text (needed to anchor spans). */
  articles: readonly SetArticle[];
  /** The author when an annotation's creator is not a `urn:uuid:` IRI. */
  author: AuthorId;
  /** The codebook when an annotation does not say. */
  codebook: CodebookRef;
  /** The codebook item of a label from another tool (defaults to the label itself). */
  itemIdForLabel?: (label: string) => string | undefined;
  /** The registry entity of a Wikidata QID. */
  entityIdForQid?: (qid: string) => string | undefined;
  /** A fresh annotation id, for annotations whose id is not a `urn:uuid:` IRI. */
  newId?: () => string;
  /** The current time (ISO 8601 UTC), for annotations without timestamps. */
  now?: () => string;
  /** Called on each pass over a whole article text to find a quote (tests count them). */
  onTextScan?: () => void;
}

/** The imported annotations and comments, and a result for every item of the document. */
export interface W3cImport {
  annotations: Annotation[];
  /** What was dropped from imported annotations (bad attributes), one reason each, by id. */
  dropped: ReadonlyMap<string, readonly string[]>;
  /** Review comments read from `replying` annotations on annotations of the document. */
  comments: SetComment[];
  results: ImportItemResult[];
  /** The annotations whose source the library did not know, by id: the article their quotes found. */
  foundByQuote: ReadonlyMap<string, SetArticle>;
  /**
   * A registry entity for each Wikidata QID the spans link to (an `identifying` body): the
   * file's own entity id when it states one, named by the first quote that links it. The
   * import maps each onto a registry entity with the same QID when there is one.
   */
  entities: RegistryEntity[];
}

/** Reads W3C annotations into the model, mapping code-point offsets back to code units. */
export function fromW3c(document: unknown, context: FromW3cContext): W3cImport {
  const results: ImportItemResult[] = [];
  const imported = new Map<string, Annotation>();
  const dropped = new Map<string, string[]>();
  const pending: PendingLink[] = [];
  const replies: PendingReply[] = [];
  // The id each annotation got, by its IRI in the document: replies target the IRI.
  const idsByIri = new Map<string, string>();
  // One converter per article, however many of its annotations the document holds.
  const offsetsOf = codePointOffsetsCache<SetArticle>();
  // One quote index per article: each distinct quote is searched for once, not per annotation.
  const quotesOf = quoteOccurrencesCache<SetArticle>(context.onTextScan);
  const items = annotationsIn(document);
  const byQuote = articlesByQuote(unplacedTargets(items, context.articles), context.articles);
  const foundByQuote = new Map<string, SetArticle>();
  const entities = new Map<string, RegistryEntity>();
  items.forEach((item, index) => {
    if (isObject(item) && hasType(item, 'Annotation') && isReply(item)) {
      replies.push({ index, item });
      return;
    }
    const read = readAnnotation(item, context, { offsetsOf, quotesOf, byQuote });
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    if (read === 'link') {
      pending.push(readLink(item as Json, index));
    } else if (typeof read === 'string') {
      results.push({
        kind: 'error',
        section: 'annotations',
        index,
        ...(id ? { id } : {}),
        reason: read,
      });
    } else if (imported.has(read.annotation.id)) {
      results.push({ kind: 'duplicate', section: 'annotations', index, id: read.annotation.id });
    } else {
      const { annotation } = read;
      imported.set(annotation.id, annotation);
      if (read.dropped.length > 0) dropped.set(annotation.id, read.dropped);
      if (read.byQuote) foundByQuote.set(annotation.id, read.byQuote);
      if (read.entity && !entities.has(read.entity.id)) entities.set(read.entity.id, read.entity);
      if (id) idsByIri.set(id, annotation.id);
      results.push({ kind: 'imported', section: 'annotations', index, id: annotation.id });
    }
  });
  results.push(...applyLinks(pending, imported, context.entityIdForQid));
  const thread = readReplies(replies, {
    ...context,
    annotationIdOf: (iri) => {
      const id = idsByIri.get(iri) ?? idFromUuidIri(iri);
      return id !== undefined && imported.has(id) ? id : undefined;
    },
  });
  results.push(...thread.results);
  results.sort((a, b) => a.index - b.index);
  return {
    annotations: [...imported.values()],
    dropped,
    comments: thread.comments,
    results,
    foundByQuote,
    entities: [...entities.values()],
  };
}

/** The quoted targets of `items` whose source names no article of `articles`. */
function unplacedTargets(items: readonly unknown[], articles: readonly SetArticle[]) {
  const out: UnplacedTarget[] = [];
  for (const item of items) {
    if (!isObject(item) || !hasType(item, 'Annotation')) continue;
    const target = readTarget(item);
    if (!target.quote) continue;
    if (findArticle(articles, target.source, item['sourcemark:articleId'])) continue;
    out.push({ source: target.source, quote: target.quote });
  }
  return out;
}

/** The per-article indexes the annotations of a document share. */
interface ArticleIndexes {
  offsetsOf: (article: SetArticle, text: string) => CodePointOffsets;
  quotesOf: (article: SetArticle, text: string) => QuoteOccurrences;
  /** The article the quotes of each unknown source found, by source key. */
  byQuote: ReadonlyMap<string, SetArticle>;
}

/** An annotation read, with what was dropped from it. */
interface ReadAnnotation {
  annotation: Annotation;
  dropped: string[];
  /** Set when the source named no article and the quotes found this one. */
  byQuote?: SetArticle;
  /** The entity of the Wikidata QID the annotation links its span to. */
  entity?: RegistryEntity;
}

/** One annotation, `'link'` for a linking annotation, or the reason it was refused. */
function readAnnotation(
  item: unknown,
  context: FromW3cContext,
  { offsetsOf, quotesOf, byQuote }: ArticleIndexes,
): ReadAnnotation | 'link' | string {
  if (!isObject(item) || !hasType(item, 'Annotation')) return 'not a W3C Annotation';
  if (asList(item.motivation).includes('linking')) return 'link';
  const bodies = readBodies(item, qidFromIri);
  if (bodies.label === undefined) return 'no label: expected a tagging or classifying TextualBody';
  const target = readTarget(item);
  const named = findArticle(context.articles, target.source, item['sourcemark:articleId']);
  const found = named ? undefined : byQuote.get(sourceKey(target.source));
  const article = named ?? found;
  if (!article) {
    return target.quote
      ? 'its target is not an article in the library, and no article holds its quote'
      : 'its target is not an article in the library';
  }
  const uuid = typeof item.id === 'string' ? idFromUuidIri(item.id) : undefined;
  const creator = asList(item.creator).find(isObject);
  const authorId = typeof creator?.id === 'string' ? idFromUuidIri(creator.id) : undefined;
  const now = context.now?.() ?? new Date().toISOString();
  // The item id a Sourcemark file states, when this codebook has it; else its label.
  const itemId =
    (bodies.itemId !== undefined ? context.itemIdForLabel?.(bodies.itemId) : undefined) ??
    context.itemIdForLabel?.(bodies.label) ??
    bodies.itemId ??
    bodies.label;
  // Sourcemark's own member when present (lossless), else the `describing` bodies.
  const extended = item['sourcemark:attributes'];
  const checked =
    extended === undefined ? checkAttributes(bodies.described) : checkAttributeObject(extended);
  const dropped = checked.dropped;
  const base = {
    id: (uuid ?? context.newId?.() ?? globalThis.crypto.randomUUID()) as AnnotationId,
    articleId: article.id,
    itemId: itemId as CodebookItemId,
    codebook: readCodebook(item['sourcemark:codebook']) ?? context.codebook,
    attributes: checked.attributes,
    note: bodies.note ?? '',
    author: (authorId ?? context.author) as AuthorId,
    createdAt: typeof item.created === 'string' ? item.created : now,
    modifiedAt: typeof item.modified === 'string' ? item.modified : now,
  };
  if (!target.quote && !target.position)
    return { annotation: { ...base, kind: 'document' }, dropped };
  if (article.text === undefined) return 'the article text is needed to place this span';
  const span = anchorTarget(
    article.text,
    offsetsOf(article, article.text),
    target,
    quotesOf(article, article.text),
  );
  if (typeof span === 'string') return span;
  const text = article.text;
  const quote = target.quote ?? {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH),
  };
  const stated =
    typeof item['sourcemark:entityId'] === 'string' ? item['sourcemark:entityId'] : undefined;
  const qid = bodies.qid;
  // A QID names the entity even without Sourcemark's id: its own entity, one per QID.
  const entityId =
    stated ?? (qid ? (context.entityIdForQid?.(qid) ?? `wikidata-${qid}`) : undefined);
  const entity: RegistryEntity | undefined =
    qid && entityId
      ? {
          id: entityId as EntityId,
          name: quote.exact,
          aliases: [],
          typeItemId: itemId as CodebookItemId,
          wikidataQid: qid,
          createdAt: now,
          modifiedAt: now,
        }
      : undefined;
  const annotation: Annotation = {
    ...base,
    kind: 'span',
    span,
    quote,
    ...(entityId ? { entityId: entityId as EntityId } : {}),
  };
  return {
    annotation,
    dropped,
    ...(found ? { byQuote: found } : {}),
    ...(entity ? { entity } : {}),
  };
}

/** A library's articles by lower-case SHA-256 and by id, indexed once per list. */
const articleIndexes = new WeakMap<
  readonly SetArticle[],
  { bySha: Map<string, SetArticle>; byId: Map<string, SetArticle> }
>();

function findArticle(
  articles: readonly SetArticle[],
  source: string | undefined,
  articleId: unknown,
): SetArticle | undefined {
  // Indexed rather than searched per annotation: 100,000 annotations on 1,000 articles spent
  // seconds here. The first article with a hash or id wins, as a search would find it.
  let index = articleIndexes.get(articles);
  if (!index) {
    index = { bySha: new Map(), byId: new Map() };
    for (const a of articles) {
      const sha = a.textSha256.toLowerCase();
      if (!index.bySha.has(sha)) index.bySha.set(sha, a);
      if (!index.byId.has(a.id)) index.byId.set(a.id, a);
    }
    articleIndexes.set(articles, index);
  }
  const sha = source === undefined ? undefined : sha256HexFromNiIri(source);
  return (
    (sha && index.bySha.get(sha)) ||
    (typeof articleId === 'string' ? index.byId.get(articleId) : undefined)
  );
}

function readCodebook(value: unknown): CodebookRef | undefined {
  return isObject(value) && typeof value.codebookId === 'string' && Number.isInteger(value.version)
    ? { codebookId: value.codebookId, version: value.version as number }
    : undefined;
}
