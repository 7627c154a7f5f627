/**
 * Whether an annotation meets a query's annotation conditions (all of them, on the one
 * annotation), and whether an article's document profile meets its profile filters. Names
 * are compared loosely (case, accents, spaces and hyphens ignored) through the vocabulary.
 */
import type { Annotation, AttributeValue, SpanAnnotation } from '../annotation/types';
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

const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];

/** Every condition value `stored` meets: its loose values, or the words for a boolean. */
function valueWords(stored: AttributeValue | undefined): readonly string[] {
  if (stored === undefined) return [];
  if (typeof stored === 'boolean') return stored ? TRUE_WORDS : FALSE_WORDS;
  return (Array.isArray(stored) ? stored : [stored]).map(looseKey);
}

function valueMatches(stored: AttributeValue | undefined, wanted: string): boolean {
  return valueWords(stored).includes(wanted);
}

/** A condition's key and value as stored loose keys are compared with them. */
export function resolvedAttribute(
  condition: AttributeCondition,
  vocabulary: SearchVocabulary,
): { key: string; value: string } {
  return {
    key: vocabulary.attributeKeys[condition.key] ?? condition.key,
    value: vocabulary.optionValues[condition.value] ?? condition.value,
  };
}

/**
 * Every resolved `{key, value}` (see `resolvedAttribute`) that `attributes` meet: a
 * condition holds exactly when its resolved pair is one of these, so they can index rows.
 */
export function attributePairs(
  attributes: Annotation['attributes'],
): { key: string; value: string }[] {
  return Object.keys(attributes).flatMap((storedKey) => {
    const key = looseKey(storedKey);
    return valueWords(attributes[storedKey]).map((value) => ({ key, value }));
  });
}

function attributeMatches(
  attributes: Annotation['attributes'],
  condition: AttributeCondition,
  vocabulary: SearchVocabulary,
): boolean {
  const { key, value } = resolvedAttribute(condition, vocabulary);
  // Keys, not `Object.entries` (no pair per key): run for every annotation a label picks.
  for (const storedKey of Object.keys(attributes)) {
    if (looseKey(storedKey) === key && valueMatches(attributes[storedKey], value)) return true;
  }
  return false;
}

function formsOf(itemId: string, vocabulary: SearchVocabulary): readonly string[] {
  return vocabulary.itemForms[itemId] ?? formsOfUnknownItem(itemId);
}

/** Whether the item `itemId` is named by every one of `labels` (its own or an ancestor's name). */
export function labelsMatch(
  itemId: string,
  labels: readonly string[],
  vocabulary: SearchVocabulary,
): boolean {
  if (labels.length === 0) return true;
  const forms = formsOf(itemId, vocabulary);
  return labels.every((label) => forms.includes(label));
}

/** Whether `annotation` meets every condition but its labels (see `labelsMatch`). */
export function otherConditionsMatch(
  annotation: SpanAnnotation,
  conditions: AnnotationConditions,
  vocabulary: SearchVocabulary,
  names: NameLookup,
): boolean {
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
