/**
 * The annotation model: standoff records over an article's stored, normalised text.
 *
 * Internal unit: every `start`/`end` is a UTF-16 code-unit offset into the stored text
 * (a JavaScript string index), `start < end`, end exclusive. Exchange formats (W3C, brat,
 * doccano, SemEval, REFI-QDA) count Unicode code points: convert at the format boundary
 * with `code-points.ts`, never inside the app. Lexical node keys are never stored; the
 * editor derives its marks from these records.
 *
 * Plain TypeScript: no DOM, React, Dexie or Node import, so every module over this model
 * runs in unit tests.
 */
import type { AnnotationId, ArticleId } from '../db/records';

export type { AnnotationId, ArticleId };

/** A stable analyst id (random UUID fixed at first run). */
export type AuthorId = string & { __brand: 'AuthorId' };

/** A codebook item's id, stable across renames (`entity.person`, `technique.loaded-language`). */
export type CodebookItemId = string & { __brand: 'CodebookItemId' };

/** A canonical entity in the project-wide registry. */
export type EntityId = string & { __brand: 'EntityId' };

/** A range of the stored text in UTF-16 code units, `0 <= start < end <= text.length`. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The quoted text with some context, as Hypothesis' TextQuoteSelector: it lets an
 * annotation be found again when the text changes or comes from a colleague's copy.
 */
export interface TextQuote {
  exact: string;
  /** Up to `QUOTE_CONTEXT_LENGTH` code units before `exact`. */
  prefix: string;
  /** Up to `QUOTE_CONTEXT_LENGTH` code units after `exact`. */
  suffix: string;
}

/** How much context a quote keeps on each side. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** An attribute value: a choice, several choices, a flag, or free text. */
export type AttributeValue = string | string[] | boolean;

/** Which codebook (and which version of it) an annotation was made with. */
export interface CodebookRef {
  codebookId: string;
  version: number;
}

/** What every annotation carries, whatever it targets. */
interface AnnotationBase {
  id: AnnotationId;
  articleId: ArticleId;
  /** The codebook item (the label). Kept even when the item is retired or deleted. */
  itemId: CodebookItemId;
  codebook: CodebookRef;
  /** Attribute values by attribute key (claim type, verdict, check-worthiness, …). */
  attributes: Record<string, AttributeValue>;
  /** The analyst's note as plain text with light Markdown (empty when none). */
  note: string;
  author: AuthorId;
  /** ISO 8601 UTC timestamps. */
  createdAt: string;
  modifiedAt: string;
}

/** An annotation on a span of the text (a claim, an entity mention, a technique…). */
export interface SpanAnnotation extends AnnotationBase {
  kind: 'span';
  span: TextSpan;
  quote: TextQuote;
  /** The registry entity this mention refers to, when linked. */
  entityId?: EntityId;
  /** Attribution (PARC): for a claim, the annotations holding its source and cue. */
  links?: AnnotationLinks;
  /**
   * Set when the article's text changed and the annotation could not be found again: the
   * version (in `articleVersions`) whose text `span` and `quote` still refer to. An
   * orphan is listed for the analyst to re-place by hand; it is never dropped.
   */
  orphanedFrom?: number;
}

/** A note on the whole document: genre, outlet type, author role, frames, free notes. */
export interface DocumentAnnotation extends AnnotationBase {
  kind: 'document';
}

/** Links from a claim (content) to its source and cue annotations. */
export interface AnnotationLinks {
  sourceId?: AnnotationId;
  /** A registry entity as the source, when there is no source mention in the text. */
  sourceEntityId?: EntityId;
  cueId?: AnnotationId;
}

export type Annotation = SpanAnnotation | DocumentAnnotation;

/** A canonical entity: name, aliases, optional Wikidata QID (`^Q[1-9][0-9]*$`). */
export interface RegistryEntity {
  id: EntityId;
  name: string;
  aliases: string[];
  /** The codebook item of its type (person, organisation, place…). */
  typeItemId: CodebookItemId;
  wikidataQid?: string;
  createdAt: string;
  modifiedAt: string;
}
