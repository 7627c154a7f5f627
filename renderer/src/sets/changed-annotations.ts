/**
 * Telling a changed annotation from a duplicate. A colleague's file imported again, after
 * they relabelled or moved some annotations by hand, holds ids the profile already has:
 * those whose label, span, attributes and note are as held are duplicates; the others are
 * changed, listed with what changed, and the analyst may take the new versions (one
 * undoable edit, `take-new-versions.ts`). Pure.
 */
import type { Annotation, AttributeValue } from '../annotation/types';

/** What can differ between the held annotation and the file's version of it. */
export type ChangedField = 'label' | 'span' | 'attributes' | 'note';

/** A held annotation and the file's different version of it. */
export interface AnnotationChange {
  held: Annotation;
  incoming: Annotation;
  fields: ChangedField[];
}

/** The fields in which `incoming` differs from `held`; empty when it is a duplicate. */
export function changedFields(held: Annotation, incoming: Annotation): ChangedField[] {
  const fields: ChangedField[] = [];
  if (held.itemId !== incoming.itemId) fields.push('label');
  if (!sameTarget(held, incoming)) fields.push('span');
  if (!sameAttributes(held.attributes, incoming.attributes)) fields.push('attributes');
  if (held.note !== incoming.note) fields.push('note');
  return fields;
}

function sameTarget(a: Annotation, b: Annotation): boolean {
  if (a.articleId !== b.articleId || a.kind !== b.kind) return false;
  if (a.kind !== 'span' || b.kind !== 'span') return true;
  return a.span.start === b.span.start && a.span.end === b.span.end;
}

/** Equal values under every key, whatever the keys' order (files write them in any). */
function sameAttributes(
  a: Record<string, AttributeValue>,
  b: Record<string, AttributeValue>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => Object.hasOwn(b, key) && JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}

/**
 * What changed, in words: `label Person → Organisation; span “Baïramov” → “Djeyhoun
 * Baïramov”; note`. `labelOf` names an item (its id when the codebook has none).
 */
export function describeChange(change: AnnotationChange, labelOf: (id: string) => string): string {
  const { held, incoming } = change;
  return change.fields
    .map((field) => {
      if (field === 'label') return `label ${labelOf(held.itemId)} → ${labelOf(incoming.itemId)}`;
      if (field === 'span') return `span ${quoteOf(held)} → ${quoteOf(incoming)}`;
      return field;
    })
    .join('; ');
}

function quoteOf(annotation: Annotation): string {
  if (annotation.kind !== 'span') return 'the whole document';
  const exact = annotation.quote.exact;
  return `“${exact.length > 40 ? `${exact.slice(0, 39)}…` : exact}”`;
}
