/**
 * Lenient readers for W3C annotations from any tool: single values or arrays, bodies as
 * `bodyValue`, objects or bare IRIs, selectors in any order, types as strings or lists.
 */

import { isObject } from '../shared/json-object';

/** An object with unknown members. */
export type Json = Record<string, unknown>;

/** A JSON-LD value that may be one item or a list, as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a node's `type` (or `@type`) is or includes `type`. */
export function hasType(node: Json, type: string): boolean {
  return asList(node.type ?? node['@type']).includes(type);
}

/** The annotations in a collection (first page inline), page, list, or single annotation. */
export function annotationsIn(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document)) return [document];
  if (hasType(document, 'AnnotationCollection')) {
    return isObject(document.first) ? asList(document.first.items) : [];
  }
  if (hasType(document, 'AnnotationPage')) return asList(document.items);
  return [document];
}

/** What the bodies of an annotation say, by purpose. */
export interface ReadBodies {
  label?: string;
  itemId?: string;
  note?: string;
  qid?: string;
  /** `name: value` pairs of the describing bodies, in order (names come from the file). */
  described: [string, string][];
}

/** Reads the bodies: the first tagging/classifying text is the label, a commenting text the note. */
export function readBodies(
  annotation: Json,
  qidOf: (iri: string) => string | undefined,
): ReadBodies {
  const out: ReadBodies = { described: [] };
  if (typeof annotation.bodyValue === 'string') out.label = annotation.bodyValue;
  for (const body of asList(annotation.body)) {
    if (!isObject(body)) continue;
    const purpose = asList(body.purpose).find((p): p is string => typeof p === 'string');
    const value = typeof body.value === 'string' ? body.value : undefined;
    const source =
      typeof body.source === 'string'
        ? body.source
        : typeof body.id === 'string'
          ? body.id
          : undefined;
    if (value === undefined) {
      if (source && (purpose === 'identifying' || purpose === undefined)) out.qid ??= qidOf(source);
      continue;
    }
    if (purpose === 'commenting') out.note ??= value;
    else if (purpose === 'describing') {
      const colon = value.indexOf(': ');
      if (colon > 0) out.described.push([value.slice(0, colon), value.slice(colon + 2)]);
    } else if (purpose === 'tagging' || purpose === 'classifying' || purpose === undefined) {
      if (out.label === undefined) {
        out.label = value;
        if (typeof body['sourcemark:itemId'] === 'string') out.itemId = body['sourcemark:itemId'];
      }
    }
  }
  return out;
}

/** A span target's source IRI and selectors, whatever their order. */
export interface ReadTarget {
  source?: string;
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
}

/** Reads the first target: a bare IRI, a SpecificResource, or a list holding either. */
export function readTarget(annotation: Json): ReadTarget {
  const target = asList(annotation.target)[0];
  if (typeof target === 'string') return { source: target };
  if (!isObject(target)) return {};
  const out: ReadTarget = {};
  const source = target.source ?? target.id;
  if (typeof source === 'string') out.source = source;
  for (const selector of asList(target.selector)) {
    if (!isObject(selector)) continue;
    if (hasType(selector, 'TextQuoteSelector') && typeof selector.exact === 'string') {
      out.quote = {
        exact: selector.exact,
        prefix: str(selector.prefix),
        suffix: str(selector.suffix),
      };
    } else if (
      hasType(selector, 'TextPositionSelector') &&
      Number.isInteger(selector.start) &&
      Number.isInteger(selector.end)
    ) {
      out.position = { start: selector.start as number, end: selector.end as number };
    }
  }
  return out;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
