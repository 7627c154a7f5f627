/**
 * How review writes an attribute and its value for people: the codebook's field label and
 * option labels ("Verdict: Misleading"), not the stored keys and values ("verdict:
 * misleading"), and "—" for no value. Pure.
 */
import type { AttributeValue } from '../annotation/types';
import { pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { hasValue } from './compare-attributes';

/** Longest free text shown in a list row before it is cut. */
const MAX_TEXT = 60;

/** The label of attribute `key` of item `itemId`, or the key itself when unknown. */
export function fieldLabel(codebook: CodebookIndex, itemId: string, key: string): string {
  return codebook.byId.get(itemId)?.attributes.find((a) => a.key === key)?.label ?? key;
}

/** `value` of attribute `key` of item `itemId` as the form would show it. */
export function fieldValueText(
  codebook: CodebookIndex,
  itemId: string,
  key: string,
  value: AttributeValue | undefined,
): string {
  if (value === undefined || !hasValue(value)) return '—';
  const definition = codebook.byId.get(itemId)?.attributes.find((a) => a.key === key);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const values = Array.isArray(value) ? value : [value];
  const shown = values.map((v) => {
    if (definition?.kind === 'choice') {
      return definition.options.find((option) => option.value === v)?.label ?? v;
    }
    if (definition?.kind === 'item-choice') return pathLabel(codebook, v) || v;
    return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v;
  });
  return shown.join(', ');
}
