/**
 * The slice of the W3C Web Annotation Data Model (REC 2017) that Sourcemark writes, and
 * the `sourcemark:` extension fields that make an export lossless for another Sourcemark.
 */
import type { W3cEmbeddedSource } from './w3c-sources';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of the `sourcemark:` extension terms. */
export const SOURCEMARK_NS = 'https://sourcemark.app/ns/annotation#';
/** The context every exported document carries: the standard one plus our prefix. */
export const W3C_CONTEXT = [ANNO_CONTEXT, { sourcemark: SOURCEMARK_NS }];

/** An agent (creator or generator). */
export interface W3cAgent {
  type: 'Person' | 'Software';
  id?: string;
  name: string;
}

/** A textual body: a label, a note, an attribute. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'classifying' | 'commenting' | 'describing' | 'replying';
  value: string;
  format: 'text/plain' | 'text/markdown';
  'sourcemark:itemId'?: string;
}

/** A link to an external resource, such as a Wikidata entity. */
export interface W3cSpecificBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: string;
}

export type W3cBody = W3cTextualBody | W3cSpecificBody;

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Code-point offsets, start included, end excluded. */
export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3cSpanTarget {
  source: string;
  selector: (W3cTextQuoteSelector | W3cTextPositionSelector)[];
}

/** One exported annotation (a label, a linking annotation for attribution, or a review reply). */
export interface W3cAnnotation {
  '@context'?: typeof W3C_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'tagging' | 'identifying' | 'linking' | 'replying';
  created: string;
  modified: string;
  creator: W3cAgent;
  generator: W3cAgent;
  body: W3cBody[];
  /**
   * A span target, a whole document (its IRI), for links the annotations linked, for a reply
   * the annotation replied to.
   */
  target: W3cSpanTarget | string | string[];
  [extension: `sourcemark:${string}`]: unknown;
}

/** An exported collection with all items on its first page. */
export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
  /** The article texts, when the export embeds them (`w3c-sources.ts`). */
  'sourcemark:sources'?: W3cEmbeddedSource[];
}

/** The `urn:uuid:` IRI of an annotation or author id. */
export function uuidIri(id: string): string {
  return `urn:uuid:${id}`;
}

/** The id inside a `urn:uuid:` IRI, or `undefined` for any other IRI. */
export function idFromUuidIri(iri: string): string | undefined {
  return iri.startsWith('urn:uuid:') && !iri.includes('#') ? iri.slice(9) : undefined;
}

/** The Wikidata entity IRI of a QID. */
export function wikidataIri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}

/** The QID of a Wikidata entity IRI (http or https, entity or wiki path), if it is one. */
export function qidFromIri(iri: string): string | undefined {
  return /^https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/(Q[1-9][0-9]*)$/.exec(iri)?.[1];
}
