/**
 * Ingestion's suggestions for the document profile (genre, outlet type, author role,
 * publication mode) as the profile offers them: mapped onto the codebook's options, and
 * only while the analyst has neither answered the field nor dismissed the suggestion. Pure.
 */
import type { ArticleSuggestion } from '../../../preload/api';
import type { AttributeValue } from '../annotation/types';
import type {
  AttributeDefinition,
  AttributeOption,
  ChoiceAttribute,
} from '../codebook/codebook-types';

/** A suggestion the profile shows, with the option it would set. */
export interface PendingSuggestion {
  /** `field:value` as ingestion wrote it: what a dismissal records. */
  key: string;
  definition: ChoiceAttribute;
  option: AttributeOption;
  reason: string;
}

// Ingestion names outlet types by the codebook's category names
// (`main/ingest/metadata/suggestion-ids.ts`); the default codebook stores shorter values.
const OPTION_ALIASES: Readonly<Record<string, string>> = {
  'state-affiliated-media': 'state-affiliated',
  'public-service-media': 'public-service',
  'commercial-independent-media': 'commercial-independent',
  'diaspora-community-outlet': 'diaspora-community',
  'blog-personal-site': 'blog-personal',
  'party-government-channel': 'party-government',
};

/** The key a dismissal of `suggestion` is recorded under. */
export function suggestionKey(suggestion: ArticleSuggestion): string {
  return `${suggestion.field}:${suggestion.value}`;
}

/** The option of `definition` that `value` names, directly or by its alias; else `undefined`. */
export function optionFor(definition: ChoiceAttribute, value: string): AttributeOption | undefined {
  const wanted = [value, OPTION_ALIASES[value]];
  return definition.options.find((option) => wanted.includes(option.value));
}

function isAnswered(value: AttributeValue | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== '' && value !== false;
}

/** What `pendingSuggestions` weighs. */
export interface SuggestionState {
  suggestions: readonly ArticleSuggestion[];
  /** The attributes of the codebook's document profile. */
  definitions: readonly AttributeDefinition[];
  /** The analyst's profile of the article as stored (`undefined` before its first field). */
  profile: Readonly<Record<string, AttributeValue>> | undefined;
  /** Keys of the suggestions the analyst dismissed. */
  dismissed: readonly string[];
}

/**
 * The suggestions to offer, in ingestion's order: each names a single-choice field of the
 * profile and one of its options, the analyst has not answered that field (a confirmed
 * suggestion is an answer) and has not dismissed it. A field is offered once.
 */
export function pendingSuggestions(state: SuggestionState): PendingSuggestion[] {
  const pending: PendingSuggestion[] = [];
  for (const suggestion of state.suggestions) {
    const key = suggestionKey(suggestion);
    const definition = state.definitions.find((d) => d.key === suggestion.field);
    if (definition?.kind !== 'choice' || definition.isMulti) continue;
    if (isAnswered(state.profile?.[definition.key]) || state.dismissed.includes(key)) continue;
    if (pending.some((offered) => offered.definition.key === definition.key)) continue;
    const option = optionFor(definition, suggestion.value);
    if (option) pending.push({ key, definition, option, reason: suggestion.reason });
  }
  return pending;
}
