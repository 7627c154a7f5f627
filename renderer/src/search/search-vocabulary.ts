/**
 * How the names an analyst types in a query map to what annotations store: a label or
 * category by its id or display name (a category matches every label under it), an
 * attribute by its key or label, an option by its value or label. Built on the page from the
 * active codebook and sent with each query, so the worker never needs the codebook.
 */
import type { Codebook } from '../codebook/codebook-types';
import { looseKey } from './parse-query';

/** Loose forms (see `looseKey`) of every name a query may use. */
export interface SearchVocabulary {
  /** Item id → the loose forms of its id, label and every ancestor's id and label. */
  itemForms: Record<string, string[]>;
  /** Item id → display label, for result chips. */
  itemLabels: Record<string, string>;
  /** Item id → colour. */
  itemColours: Record<string, string>;
  /** Loose attribute label → loose key ("claim type" → "claimtype"). */
  attributeKeys: Record<string, string>;
  /** Loose option label → loose option value ("elected official" → "electedofficial"). */
  optionValues: Record<string, string>;
}

/** The vocabulary of `codebook`. */
export function searchVocabulary(codebook: Codebook): SearchVocabulary {
  const byId = new Map(codebook.items.map((item) => [item.id as string, item]));
  const vocabulary: SearchVocabulary = {
    itemForms: {},
    itemLabels: {},
    itemColours: {},
    attributeKeys: {},
    optionValues: {},
  };
  for (const item of codebook.items) {
    const forms = new Set<string>();
    for (let at = byId.get(item.id); at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      forms.add(looseKey(at.id)).add(looseKey(at.label));
      forms.add(looseKey(at.id.split('.').at(-1)!));
    }
    vocabulary.itemForms[item.id] = [...forms];
    vocabulary.itemLabels[item.id] = item.label;
    vocabulary.itemColours[item.id] = item.colour;
    for (const attribute of item.attributes) {
      vocabulary.attributeKeys[looseKey(attribute.label)] = looseKey(attribute.key);
      if (attribute.kind !== 'choice') continue;
      for (const option of attribute.options) {
        vocabulary.optionValues[looseKey(option.label)] = looseKey(option.value);
      }
    }
  }
  return vocabulary;
}

/** The loose forms of an item id the vocabulary lacks (a deleted item): its id's parts. */
export function formsOfUnknownItem(itemId: string): string[] {
  const parts = itemId.split('.');
  return parts
    .map((_, at) => looseKey(parts.slice(0, at + 1).join('.')))
    .concat(looseKey(parts.at(-1)!));
}
