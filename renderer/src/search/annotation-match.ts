/**
 * Whether an annotation meets a query's annotation conditions (all of them, on the one
 * annotation), and whether an article's document profile meets its profile filters. Names
 * are compared loosely (case, accents, spaces and hyphens ignored) through the vocabulary.
 */
import type { Annotation, AttributeValue } from '../annotation/types';
import { foldText } from './fold-text';
import { looseKey } from './parse-query';
import type { AnnotationConditions, AttributeCondition } from './query-types';
import { formsOfUnknownItem, type SearchVocabulary } from './search-vocabulary';

/** The registry and analyst names conditions may name, folded. */
export interface NameLookup {
  /** Author id → folded name. */
  analysts: ReadonlyMap<string, string>;
  /** Entity id → folded name and aliases. */
  entities: ReadonlyMap<string, readonly string[]>;
}

/** The item id of the document profile (`resources/codebook/default-codebook.json`). */
export const PROFILE_ITEM_ID = 'document.profile';

function valueMatches(stored: AttributeValue | undefined, wanted: string): boolean {
  if (stored === undefined) return false;
  if (typeof stored === 'boolean') {
    return stored ? ['true', 'yes', '1'].includes(wanted) : ['false', 'no', '0'].includes(wanted);
  }
  const values = Array.isArray(stored) ? stored : [stored];
  return values.some((value) => looseKey(value) === wanted);
}

function attributeMatches(
  attributes: Annotation['attributes'],
  condition: AttributeCondition,
  vocabulary: SearchVocabulary,
): boolean {
  const key = vocabulary.attributeKeys[condition.key] ?? condition.key;
  const value = vocabulary.optionValues[condition.value] ?? condition.value;
  return Object.entries(attributes).some(
    ([storedKey, stored]) => looseKey(storedKey) === key && valueMatches(stored, value),
  );
}

function formsOf(itemId: string, vocabulary: SearchVocabulary): readonly string[] {
  return vocabulary.itemForms[itemId] ?? formsOfUnknownItem(itemId);
}

/** Whether span annotation `annotation` meets every condition. */
export function annotationMatches(
  annotation: Annotation,
  conditions: AnnotationConditions,
  vocabulary: SearchVocabulary,
  names: NameLookup,
): boolean {
  if (annotation.kind !== 'span') return false;
  const forms = formsOf(annotation.itemId, vocabulary);
  if (!conditions.labels.every((label) => forms.includes(label))) return false;
  if (!conditions.attributes.every((c) => attributeMatches(annotation.attributes, c, vocabulary))) {
    return false;
  }
  if (conditions.analysts.length > 0) {
    const name = names.analysts.get(annotation.author) ?? foldText(annotation.author);
    if (!conditions.analysts.every((analyst) => name.includes(analyst))) return false;
  }
  if (conditions.notes.length > 0) {
    const note = foldText(annotation.note);
    if (!conditions.notes.every((word) => note.includes(word))) return false;
  }
  if (conditions.entities.length > 0) {
    const entityNames = annotation.entityId ? (names.entities.get(annotation.entityId) ?? []) : [];
    if (!conditions.entities.every((e) => entityNames.some((name) => name.includes(e))))
      return false;
  }
  return true;
}

/** Whether one of `documentAnnotations` is a profile meeting every profile filter. */
export function profileMatches(
  documentAnnotations: readonly Annotation[],
  profile: Record<string, string[]>,
  vocabulary: SearchVocabulary,
): boolean {
  const wanted = Object.entries(profile);
  if (wanted.length === 0) return true;
  return documentAnnotations.some(
    (annotation) =>
      annotation.kind === 'document' &&
      annotation.itemId === PROFILE_ITEM_ID &&
      wanted.every(([key, values]) =>
        values.some((value) =>
          attributeMatches(annotation.attributes, { key: looseKey(key), value }, vocabulary),
        ),
      ),
  );
}
