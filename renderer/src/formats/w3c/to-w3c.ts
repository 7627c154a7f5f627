/**
 * Export to W3C Web Annotation JSON-LD. Each annotation becomes one W3C annotation whose
 * target names the article text by its SHA-256 (RFC 6920) with a quote and code-point
 * positions; attribution links become separate `linking` annotations. Everything the
 * standard has no term for travels in `sourcemark:` fields, so nothing is lost between
 * Sourcemark installs; what other tools will not understand is listed in `notes`. Review
 * comments follow the annotations as `replying` annotations (`w3c-replies.ts`).
 */
import type { Annotation, RegistryEntity, SpanAnnotation, TextSpan } from '../../annotation/types';
import type { AnnotationSet, SetArticle } from '../native/annotation-set';
import { sortById } from '../native/canonical-json';
import { compareThreadOrder, type SetComment } from '../native/set-comments';
import { codePointOffsetsCache, type CodePointOffsets } from '../shared/code-point-offsets';
import { addExtensions, bodies } from './w3c-bodies';
import { linkingAnnotations, type Common } from './w3c-links';
import { replyAnnotations } from './w3c-replies';
import type { W3cAgent, W3cAnnotation, W3cCollection, W3cSpanTarget } from './w3c-model';
import { uuidIri, W3C_CONTEXT } from './w3c-model';
import { niIriFromSha256Hex } from './ni-iri';
import { utcDateTime as utc } from './utc-time';
import { embedSources, SOURCES_MEMBER } from './w3c-sources';

/** How to write the export. */
export interface ToW3cOptions {
  /** The app version, written as the generator `Sourcemark <version>`. */
  appVersion: string;
  /** The display label of a codebook item (defaults to the item id). */
  labelOf?: (itemId: string) => string;
  /** The article text when the set does not include it (needed for code-point offsets). */
  textOf?: (article: SetArticle) => string | undefined;
  /**
   * The code-point converter of an article's text, in place of reading the text: a streamed
   * export keeps one per article and lets the texts go (`export/w3c-stream.ts`).
   */
  offsetsOf?: (article: SetArticle) => CodePointOffsets | undefined;
  /** The collection's id (a UUID); a random one by default. */
  collectionId?: string;
  /**
   * Embed every article's text in the collection (`w3c-sources.ts`), so that a colleague
   * without the articles can import: the option "include the full texts".
   */
  embedTexts?: boolean;
}

/** An export: the document to write and what other tools may not understand. */
export interface W3cExport<T> {
  document: T;
  notes: string[];
  /** The set's annotations written (its linking and replying extras are not counted). */
  written: number;
}

/**
 * The set as a list of annotations, each with its own `@context`, in annotation id order
 * (each followed by its linking annotations), then the replies in thread order. Id order,
 * not the set's: a streamed export of a whole library reads the analyst's rows in key order,
 * a hundred requests where reading them article by article took ten thousand (the export
 * bench), and writes the same bytes as this.
 */
export function toW3cList(set: AnnotationSet, options: ToW3cOptions): W3cExport<W3cAnnotation[]> {
  const articles = new Map(set.articles.map((a) => [a.id as string, a]));
  const entities = new Map(set.entities.map((e) => [e.id as string, e]));
  const writer = createW3cWriter(set.author, entities, options);
  const out: W3cAnnotation[] = [];
  const written = new Set<string>();
  for (const annotation of sortById(set.annotations)) {
    const items = writer.annotation(annotation, articles.get(annotation.articleId));
    if (items.length === 0) continue;
    out.push(...items);
    written.add(annotation.id);
  }
  const comments = (set.comments ?? [])
    .filter((c) => written.has(c.annotationId))
    .sort(compareThreadOrder);
  out.push(...writer.replies(comments));
  return {
    document: out,
    notes: writer.notes(comments, set.entities.length),
    written: written.size,
  };
}

/** Converts one set's annotations a few at a time, keeping count of what the notes report. */
export interface W3cWriter {
  /**
   * The W3C items of `annotation` (itself, then its linking annotations), or none when its
   * article is not in the set (a note says so).
   */
  annotation(annotation: Annotation, article: SetArticle | undefined): W3cAnnotation[];
  /** The reply of each comment, in the order given (thread order). */
  replies(comments: readonly SetComment[]): W3cAnnotation[];
  /** The notes, once every annotation is converted: `comments` written, `entityCount` in the set. */
  notes(comments: readonly SetComment[], entityCount: number): string[];
}

/**
 * The conversion `toW3cList` runs, one annotation at a time, so a streamed export writes the
 * same items without holding the set. `entities` needs only the entities the set uses.
 */
export function createW3cWriter(
  author: AnnotationSet['author'],
  entities: ReadonlyMap<string, RegistryEntity>,
  options: ToW3cOptions,
): W3cWriter {
  const notes: string[] = [];
  // The set's author is the creator of nearly every item: one object, written each time.
  const own: W3cAgent = { type: 'Person', id: uuidIri(author.id), name: author.name };
  const creator = (authorId: string): W3cAgent =>
    authorId === author.id ? own : { type: 'Person', id: uuidIri(authorId), name: authorId };
  const generator: W3cAgent = { type: 'Software', name: `Sourcemark ${options.appVersion}` };
  const labelOf = options.labelOf ?? ((id: string) => id);
  let withoutPositions = 0;
  let misfits = 0;
  let withoutQid = 0;
  // One converter per article, however many annotations point into it.
  const cached = codePointOffsetsCache<SetArticle>();
  const offsetsOf =
    options.offsetsOf ??
    ((article: SetArticle) => {
      const text = article.text ?? options.textOf?.(article);
      return text === undefined ? undefined : cached(article, text);
    });
  return {
    annotation(annotation, article) {
      if (!article) {
        notes.push(`Annotation ${annotation.id} left out: its article is not in the set.`);
        return [];
      }
      const entity =
        annotation.kind === 'span' && annotation.entityId
          ? entities.get(annotation.entityId)
          : undefined;
      if (annotation.kind === 'span' && annotation.entityId && !entity?.wikidataQid) withoutQid++;
      let positions: TextSpan | undefined;
      if (annotation.kind === 'span') {
        const offsets = offsetsOf(article);
        if (offsets === undefined) withoutPositions++;
        else positions = codePointSpan(offsets, annotation.span);
        if (offsets && !positions) misfits++;
      }
      // Spelled member by member, in the file's order, never spread: spreading `common`
      // and the extensions into each item was most of the conversion's time (a Node
      // profile of 20,000 annotations), and the members' order is what the file says.
      const common: Common = {
        '@context': W3C_CONTEXT,
        id: uuidIri(annotation.id),
        type: 'Annotation',
        created: utc(annotation.createdAt),
        modified: utc(annotation.modifiedAt),
        creator: creator(annotation.author),
        generator,
      };
      const item: W3cAnnotation = {
        '@context': common['@context'],
        id: common.id,
        type: common.type,
        created: common.created,
        modified: common.modified,
        creator: common.creator,
        generator,
        motivation:
          annotation.kind === 'span' && annotation.entityId ? 'identifying' : 'classifying',
        body: bodies(annotation, labelOf(annotation.itemId), entity),
        target:
          annotation.kind === 'span'
            ? spanTarget(annotation, article, positions)
            : niIriFromSha256Hex(article.textSha256),
      };
      addExtensions(item, annotation);
      if (annotation.kind !== 'span') return [item];
      return [item, ...linkingAnnotations(annotation, common, entities)];
    },
    replies: (comments) => replyAnnotations(comments, generator, utc),
    notes(comments, entityCount) {
      const out = [...notes];
      const rejections = comments.filter((c) => c.isRejection).length;
      if (rejections > 0) {
        out.push(
          `${rejections} review rejections are written as replies; only Sourcemark reads them as rejections.`,
        );
      }
      if (withoutPositions > 0) {
        out.push(
          `${withoutPositions} spans have no article text: written with a quote but no positions.`,
        );
      }
      if (misfits > 0) {
        out.push(
          `${misfits} spans do not fit their article text: written with a quote but no positions.`,
        );
      }
      if (withoutQid > 0) {
        out.push(
          `${withoutQid} entity links have no Wikidata QID: kept only in sourcemark: fields.`,
        );
      }
      if (entityCount > 0) out.push(`The entity registry (${entityCount}) is not part of W3C.`);
      return out;
    },
  };
}

/**
 * The set as an AnnotationCollection with every annotation, each self-contained, on its
 * first page (in `toW3cList`'s order); the embedded texts, when asked for, in article id
 * order, each once, before the items (`w3cCollection` says why).
 */
export function toW3cCollection(
  set: AnnotationSet,
  options: ToW3cOptions,
): W3cExport<W3cCollection> {
  const { document: items, notes, written } = toW3cList(set, options);
  const articles = [...new Map(sortById(set.articles).map((a) => [a.id, a])).values()];
  const sources = options.embedTexts
    ? embedSources(articles, (article) => options.textOf?.(article))
    : [];
  const document = w3cCollection(
    set.author.name,
    options.collectionId,
    items.length,
    items,
    sources.length > 0 ? sources : undefined,
  );
  return { document, notes, written };
}

/**
 * The collection around its `items` and embedded `sources` (`undefined`: no member). The
 * streamed export (`export/w3c-stream.ts`) frames its pieces with it: both lists and the
 * total, which it knows only once the items are written, as holes. The sources come before
 * the items: the stream reads each text once, writing it as it converts the text's offsets,
 * then the items in id order (JSON members have no order; importers read the whole file).
 */
export function w3cCollection<Total, Items, Sources>(
  authorName: string,
  collectionId: string | undefined,
  total: Total,
  items: Items,
  sources: Sources | undefined,
) {
  return {
    '@context': W3C_CONTEXT,
    id: uuidIri(collectionId ?? globalThis.crypto.randomUUID()),
    type: 'AnnotationCollection' as const,
    label: `Annotations by ${authorName}`,
    ...(sources !== undefined ? { [SOURCES_MEMBER]: sources } : {}),
    first: {
      type: 'AnnotationPage' as const,
      startIndex: 0 as const,
      // Each item keeps its own `@context` (JSON-LD allows it): an annotation taken out
      // of the collection, as tools and validators do, must still be a valid annotation.
      items,
    },
    // After the items, so a streamed export counts them as it writes them.
    total,
  };
}

/**
 * A span in code points, or `undefined` when an edge has no code-point equivalent (past the
 * text, or between the halves of an emoji): such a span is written with its quote alone.
 */
function codePointSpan(offsets: CodePointOffsets, span: TextSpan): TextSpan | undefined {
  const start = offsets.toCodePoint(span.start);
  const end = offsets.toCodePoint(span.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The target of a span: its quote, and its code-point `positions` when known. */
function spanTarget(
  annotation: SpanAnnotation,
  article: SetArticle,
  positions: TextSpan | undefined,
): W3cSpanTarget {
  const { quote } = annotation;
  const selector: W3cSpanTarget['selector'] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  if (positions) selector.push({ type: 'TextPositionSelector', ...positions });
  return { source: niIriFromSha256Hex(article.textSha256), selector };
}
