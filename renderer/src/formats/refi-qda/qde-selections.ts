/**
 * An article's annotations as `<PlainTextSelection>` elements: a span annotation over its
 * range, a document-level one over the whole text (REFI-QDA has no document label, so it
 * codes the text from first to last character). Positions are code points from 0, end
 * exclusive, as the standard's own example counts them. What a selection cannot hold
 * (attributes, attribution links, registry links) is counted, never silently dropped.
 */
import type { Annotation, AttributeValue, AuthorId, CodebookItemId } from '../../annotation/types';
import type { CodePointOffsets } from '../shared/code-point-offsets';
import type { LossCounter } from '../shared/lossiness';
import { codeGuid } from './qde-codebook';
import { nameGuid } from './name-guid';
import { xsdDateTime, type XmlElement } from './qde-xml';

/** GUIDs of authors and codes, named on every selection and coding: hashed once each. */
const userGuids = new Map<string, string>();
const codeGuids = new Map<string, string>();

/** The GUID of an author's `<User>`. */
export function userGuid(author: AuthorId): string {
  let guid = userGuids.get(author);
  if (guid === undefined) {
    guid = nameGuid(`user:${author}`);
    // Bounded: a long session exporting many sets must not grow it without end.
    if (userGuids.size >= 10_000) userGuids.clear();
    userGuids.set(author, guid);
  }
  return guid;
}

/** `codeGuid` of `itemId`, remembered (a CodeRef per coding names one of a few dozen codes). */
function codeRefGuid(itemId: string): string {
  let guid = codeGuids.get(itemId);
  if (guid === undefined) {
    guid = codeGuid(itemId);
    if (codeGuids.size >= 10_000) codeGuids.clear();
    codeGuids.set(itemId, guid);
  }
  return guid;
}

/** The codes one annotation is coded with: its item, then any items its attributes name. */
export type CodesOf = (annotation: Annotation) => CodebookItemId[];

/** The text's offsets, and how to read the codes and losses of an annotation. */
export interface SelectionContext {
  offsets: CodePointOffsets;
  codesOf: CodesOf;
  /** Attribute keys written as codes (the profile's frames), by item: not lost. */
  isCodedAttribute(itemId: CodebookItemId, key: string): boolean;
  loss: LossCounter;
}

/** The selection for `annotation`, or `undefined` (counted) when it cannot be placed. */
export function selectionElement(
  annotation: Annotation,
  context: SelectionContext,
): XmlElement | undefined {
  const { offsets, loss } = context;
  let start = 0;
  let end = offsets.codePointLength;
  if (annotation.kind === 'span') {
    if (annotation.orphanedFrom !== undefined) {
      // Its offsets count into an earlier text than the one written beside the project.
      loss.add('orphaned annotations (not found again in the changed text)');
      return undefined;
    }
    const s = offsets.toCodePoint(annotation.span.start);
    const e = offsets.toCodePoint(annotation.span.end);
    if (s === undefined || e === undefined || s >= e) {
      loss.add('annotations outside their article text');
      return undefined;
    }
    [start, end] = [s, e];
    const links = annotation.links;
    loss.add(
      "attribution links (a claim's source and cue)",
      [links?.sourceId, links?.cueId, links?.sourceEntityId].filter(Boolean).length,
    );
    if (annotation.entityId) loss.add('links to registry entities');
  }
  const attributes = Object.entries(annotation.attributes).filter(
    ([key, value]) => hasValue(value) && !context.isCodedAttribute(annotation.itemId, key),
  );
  loss.add('attribute values (claim type, verdict, genre…)', attributes.length);
  const user = userGuid(annotation.author);
  const created = xsdDateTime(annotation.createdAt);
  return {
    name: 'PlainTextSelection',
    attributes: {
      guid: nameGuid(`selection:${annotation.id}`),
      startPosition: start,
      endPosition: end,
      creatingUser: user,
      creationDateTime: created,
      modifyingUser: user,
      modifiedDateTime: xsdDateTime(annotation.modifiedAt),
    },
    children: [
      ...(annotation.note ? [{ name: 'Description', text: annotation.note }] : []),
      ...context.codesOf(annotation).map((itemId) => ({
        name: 'Coding',
        attributes: {
          guid: nameGuid(`coding:${annotation.id}:${itemId}`),
          creatingUser: user,
          creationDateTime: created,
        },
        children: [{ name: 'CodeRef', attributes: { targetGUID: codeRefGuid(itemId) } }],
      })),
    ],
  };
}

/** A false flag or an empty choice list is no value, and nothing is lost. */
function hasValue(value: AttributeValue): boolean {
  return value !== false && value !== '' && !(Array.isArray(value) && !value.length);
}
