/**
 * An article's annotations as `<PlainTextSelection>` elements: a span annotation over its
 * range, a document-level one over the whole text (REFI-QDA has no document label, so it
 * codes the text from first to last character). Positions are code points from 0, end
 * exclusive, as the standard's own example counts them. What a selection cannot hold
 * (attributes, attribution links, registry links) is counted, never silently dropped.
 *
 * Written straight as lines of text, in the layout `qde-xml.ts` gives every element: an
 * export writes 100,000 of these, and building an element tree for each, then walking it,
 * made more garbage than text (a fifth of the export's time went to collecting it).
 */
import type { Annotation, AttributeValue, AuthorId, CodebookItemId } from '../../annotation/types';
import type { CodePointOffsets } from '../shared/code-point-offsets';
import type { LossCounter } from '../shared/lossiness';
import { codeGuid } from './qde-codebook';
import { nameGuid } from './name-guid';
import { indentOf, xsdDateTime, type XmlEscaper } from './qde-xml';

/** The loss kind of attribute values that name codebook items, written as codings. */
export const CODED_ATTRIBUTE_VALUES =
  'attribute values naming codes (a profile’s frames), written as codings that import as annotations of their own';

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
  /** Escapes notes; its tally of removed characters is the export's. */
  escaper: XmlEscaper;
}

/**
 * Appends the selection for `annotation` to `lines`, at `depth`, as `qde-xml.ts` would
 * serialise the element; answers false (and counts why) when it cannot be placed. GUIDs,
 * numbers and `xsdDateTime`-checked dates need no escaping; the note is escaped.
 */
export function writeSelection(
  annotation: Annotation,
  context: SelectionContext,
  lines: string[],
  depth: number,
): boolean {
  const { offsets, loss } = context;
  let start = 0;
  let end = offsets.codePointLength;
  if (annotation.kind === 'span') {
    if (annotation.orphanedFrom !== undefined) {
      // Its offsets count into an earlier text than the one written beside the project.
      loss.add('orphaned annotations (not found again in the changed text)');
      return false;
    }
    const s = offsets.toCodePoint(annotation.span.start);
    const e = offsets.toCodePoint(annotation.span.end);
    if (s === undefined || e === undefined || s >= e) {
      loss.add('annotations outside their article text');
      return false;
    }
    [start, end] = [s, e];
    const links = annotation.links;
    loss.add(
      "attribution links (a claim's source and cue)",
      (links?.sourceId ? 1 : 0) + (links?.cueId ? 1 : 0) + (links?.sourceEntityId ? 1 : 0),
    );
    if (annotation.entityId) loss.add('links to registry entities');
  }
  let lostAttributes = 0;
  for (const key in annotation.attributes) {
    const value = annotation.attributes[key]!;
    if (hasValue(value) && !context.isCodedAttribute(annotation.itemId, key)) lostAttributes++;
  }
  loss.add('attribute values (claim type, verdict, genre…)', lostAttributes);
  const user = userGuid(annotation.author);
  const created = xsdDateTime(annotation.createdAt);
  const modified = xsdDateTime(annotation.modifiedAt);
  const createdAttribute = created === undefined ? '' : ` creationDateTime="${created}"`;
  const indent = indentOf(depth);
  const inner = indentOf(depth + 1);
  const open =
    `${indent}<PlainTextSelection guid="${nameGuid(`selection:${annotation.id}`)}"` +
    ` startPosition="${start}" endPosition="${end}" creatingUser="${user}"${createdAttribute}` +
    ` modifyingUser="${user}"${modified === undefined ? '' : ` modifiedDateTime="${modified}"`}`;
  const codes = context.codesOf(annotation);
  // Written, but as codings beside the annotation's own: REFI-QDA has no attribute naming
  // codes, so a reader (this app's too) takes each for an annotation of its own.
  loss.add(CODED_ATTRIBUTE_VALUES, Math.max(0, codes.length - 1));
  if (!annotation.note && codes.length === 0) {
    lines.push(`${open} />`);
    return true;
  }
  lines.push(`${open}>`);
  if (annotation.note)
    lines.push(`${inner}<Description>${context.escaper.text(annotation.note)}</Description>`);
  for (const itemId of codes) {
    lines.push(
      `${inner}<Coding guid="${nameGuid(`coding:${annotation.id}:${itemId}`)}" creatingUser="${user}"${createdAttribute}>`,
      `${indentOf(depth + 2)}<CodeRef targetGUID="${codeRefGuid(itemId)}" />`,
      `${inner}</Coding>`,
    );
  }
  lines.push(`${indent}</PlainTextSelection>`);
  return true;
}

/** A false flag or an empty choice list is no value, and nothing is lost. */
function hasValue(value: AttributeValue): boolean {
  return value !== false && value !== '' && !(Array.isArray(value) && !value.length);
}
