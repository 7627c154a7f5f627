/**
 * Attribute disagreements: two analysts who marked the same claim may still disagree on its
 * verdict or claim type, and two document profiles on the genre. A span comparison alone
 * calls such a pair an agreement, so review would never show it. Pure.
 */
import type { AttributeValue } from '../annotation/types';
import type { ComparedSpan, ComparisonItem, FieldDifference } from './compare-sets';

type Attributes = Readonly<Record<string, AttributeValue>> | undefined;

/**
 * A value as compared: unset, `''`, `[]` and `false` are all "no value" (a flag left
 * unticked is stored as `false` by one editor and absent in an imported set, and the form
 * shows both alike); a multiple choice is a set, so its order does not matter.
 */
function comparable(value: AttributeValue | undefined): string | null {
  if (value === undefined || value === '' || value === false) return null;
  if (value === true) return 'true';
  if (Array.isArray(value)) return value.length === 0 ? null : JSON.stringify([...value].sort());
  return JSON.stringify(value);
}

/** Whether `value` counts as given (see `comparable`). */
export function hasValue(value: AttributeValue | undefined): boolean {
  return comparable(value) !== null;
}

/**
 * The attributes whose values differ between `base` and `other`, including one given on one
 * side only. Keys in `order` come first in that order (the codebook's), then the rest by
 * code unit, so the list reads like the form.
 */
export function fieldDifferences(
  base: Attributes,
  other: Attributes,
  order: readonly string[] = [],
): FieldDifference[] {
  const keys = new Set([...Object.keys(base ?? {}), ...Object.keys(other ?? {})]);
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  return [...keys]
    .filter((key) => comparable(base?.[key]) !== comparable(other?.[key]))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => ({ key, base: base?.[key], other: other?.[key] }));
}

/**
 * `items` with, after each pair of the same label (agreement or boundary), one `attribute`
 * item per attribute the two sides disagree on. A label disagreement gets none: its two
 * labels have different attributes, and the label is the disagreement to settle first.
 * `orderOf` gives a label's attribute keys in codebook order.
 */
export function withAttributeItems<S extends ComparedSpan>(
  items: readonly ComparisonItem<S>[],
  orderOf: (itemId: string) => readonly string[] = () => [],
): ComparisonItem<S>[] {
  return items.flatMap((item) => {
    if ((item.kind !== 'agreement' && item.kind !== 'boundary') || !item.base || !item.other) {
      return [item];
    }
    const differences = fieldDifferences(
      item.base.attributes,
      item.other.attributes,
      orderOf(item.base.itemId),
    );
    return [
      item,
      ...differences.map((field): ComparisonItem<S> => ({
        ...item,
        key: `${item.key}:${field.key}`,
        kind: 'attribute',
        field,
      })),
    ];
  });
}
