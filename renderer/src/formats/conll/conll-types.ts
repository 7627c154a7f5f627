/**
 * What a CoNLL type cannot say about the codebook. Types reach items through the items'
 * `conll` external labels, like every label an importer matches, and several items share
 * one on purpose (LOC: country or city, location, facility; MISC: nationality, event, law,
 * other): the file cannot tell which was meant, so the matcher gives the first, and the
 * report says so, naming the others, rather than letting a guess pass for a reading. Pure.
 */
import type { CodebookItem } from '../../codebook/codebook-types';

/**
 * One sentence for each type of `types` that several items of `items` carry as their
 * `conll` label, naming the item `itemIdForLabel` gave it and the ones it could have been.
 */
export function sharedTypeNotes(
  types: readonly string[],
  items: readonly Pick<CodebookItem, 'id' | 'label' | 'externalLabels' | 'retired'>[],
  itemIdForLabel: (label: string) => string | undefined,
): string[] {
  return types.flatMap((type) => {
    const given = itemIdForLabel(type);
    const sharing = items.filter((item) => !item.retired && item.externalLabels.conll === type);
    const chosen = sharing.find((item) => item.id === given);
    const others = sharing.filter((item) => item !== chosen);
    if (!chosen || others.length === 0) return [];
    const names = others.map((item) => `“${item.label}”`).join(', ');
    return [
      `${type} entities were given “${chosen.label}”; CoNLL cannot tell it from ${names}: change them where they mean another.`,
    ];
  });
}
