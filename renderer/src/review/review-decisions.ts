/**
 * Which annotation a review decision is about, and whether it was rejected. A rejection is
 * a comment (`REJECTED_COMMENT`, see `review-actions.ts`), so it travels with the thread and
 * no set is changed by it; a rejected item stays in the list, marked, rather than vanishing,
 * so that the decision can be seen and revisited. A rejection of one attribute or profile
 * field is the comment `Rejected: <key>` on that annotation: the other fields of a profile
 * stay open. Pure.
 */
import type { AttributeValue } from '../annotation/types';
import { hasValue } from './compare-attributes';
import { REJECTED_COMMENT } from './review-actions';

/** What a decision needs of an item: its two sides and, for a field, both values. */
export interface DecidableItem {
  readonly base: { readonly id: string } | null;
  readonly other: { readonly id: string } | null;
  readonly field?: {
    readonly key: string;
    readonly base: AttributeValue | undefined;
    readonly other: AttributeValue | undefined;
  };
}

/** What a decision needs of a comment. */
export interface DecisionComment {
  readonly annotationId: string;
  readonly author: string;
  readonly body: string;
}

/** The comment body that rejects an annotation, or only its field `fieldKey`. */
export function rejectionBody(fieldKey?: string): string {
  return fieldKey === undefined ? REJECTED_COMMENT : `${REJECTED_COMMENT}: ${fieldKey}`;
}

/**
 * The side an item's decision is about: the compared set's, unless it has nothing to offer
 * (an only-base span, or a field the compared set left blank), then the base set's.
 */
export function decidedSide(item: DecidableItem): 'base' | 'other' {
  if (item.other === null) return 'base';
  if (item.field && !hasValue(item.field.other) && item.base !== null) return 'base';
  return 'other';
}

/**
 * The authors who rejected `side` of `item` (in comment order, each once): a rejection of
 * the whole annotation counts for every field of it.
 */
export function rejectedBy(
  item: DecidableItem,
  side: 'base' | 'other',
  comments: readonly DecisionComment[],
): string[] {
  const annotation = item[side];
  if (!annotation) return [];
  const bodies = new Set([REJECTED_COMMENT]);
  if (item.field) bodies.add(rejectionBody(item.field.key));
  const authors = comments
    .filter((c) => c.annotationId === annotation.id && bodies.has(c.body.trim()))
    .map((c) => c.author);
  return [...new Set(authors)];
}

/** Whether the side `item`'s decision is about was rejected by anyone. */
export function isItemRejected(item: DecidableItem, comments: readonly DecisionComment[]) {
  return rejectedBy(item, decidedSide(item), comments).length > 0;
}
