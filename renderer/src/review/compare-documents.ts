/**
 * Review of the document profile: document-level annotations (genre, outlet type, author
 * role, frames…) have no span, so the span comparison never sees them. Each field two sets
 * disagree on, one of them blank included, is one review item. Pure.
 */
import type { AttributeValue } from '../annotation/types';
import { fieldDifferences } from './compare-attributes';
import type { FieldDifference } from './compare-sets';

/** What the comparison needs of a document-level annotation (a `DocumentAnnotation` fits). */
export interface ComparedDocument {
  readonly id: string;
  readonly author: string;
  readonly itemId: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** One field of one document-level item on which the base and another set disagree. */
export interface DocumentFieldItem<D extends ComparedDocument = ComparedDocument> {
  /** Stable while the sets do not change. */
  readonly key: string;
  readonly kind: 'document';
  readonly otherAuthor: string;
  readonly itemId: string;
  /** The sides' annotations of `itemId`; null where that set has none. */
  readonly base: D | null;
  readonly other: D | null;
  readonly field: FieldDifference;
}

/**
 * Compares the base set's document-level annotations with each other set's (authors in
 * `otherAuthors` order), item by item (`itemId`, in code-unit order), field by field in
 * `orderOf(itemId)` order. A set without the item counts as blank on every field.
 */
export function compareDocuments<D extends ComparedDocument>(
  base: readonly D[],
  others: readonly D[],
  otherAuthors: readonly string[],
  orderOf: (itemId: string) => readonly string[] = () => [],
): DocumentFieldItem<D>[] {
  const baseByItem = new Map(base.map((d) => [d.itemId, d]));
  return otherAuthors.flatMap((author) => {
    const theirs = new Map(others.filter((d) => d.author === author).map((d) => [d.itemId, d]));
    const itemIds = [...new Set([...baseByItem.keys(), ...theirs.keys()])].sort();
    return itemIds.flatMap((itemId) => {
      const mine = baseByItem.get(itemId) ?? null;
      const other = theirs.get(itemId) ?? null;
      return fieldDifferences(mine?.attributes, other?.attributes, orderOf(itemId)).map(
        (field): DocumentFieldItem<D> => ({
          key: `${author}:${mine?.id ?? '-'}:${other?.id ?? '-'}:${field.key}`,
          kind: 'document',
          otherAuthor: author,
          itemId,
          base: mine,
          other,
          field,
        }),
      );
    });
  });
}
