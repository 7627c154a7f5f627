/**
 * Unobtrusive suggestions: mentions of known registry entities (by name or alias) in this
 * article that this analyst has not tagged yet. Accepting tags them, linked, in one step.
 */
import { useMemo } from 'react';
import { createOccurrenceFinder } from '../annotation/find-occurrences';
import type { RegistryEntity, SpanAnnotation, TextSpan } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { ChangeSet } from '../store/change-set';
import { tagSpans, type AnnotationContext } from './annotation-actions';
import { createOverlapCheck } from './overlap-check';

interface EntitySuggestionsProps {
  text: string;
  annotations: SpanAnnotation[];
  entities: RegistryEntity[];
  codebook: CodebookIndex;
  context: AnnotationContext;
  onApply: (change: ChangeSet) => void;
}

interface Suggestion {
  entity: RegistryEntity;
  spans: TextSpan[];
}

/** Finds, per entity, its untagged mentions (any span overlapping a tag is not suggested). */
export function suggestMentions(
  text: string,
  annotations: readonly SpanAnnotation[],
  entities: readonly RegistryEntity[],
): Suggestion[] {
  if (entities.length === 0) return [];
  const finder = createOccurrenceFinder(text);
  // By binary search: a pass over every tag for each mention cost mentions × tags. Built
  // at the first mention found (most refreshes of a long article find none).
  let check: ((span: TextSpan) => boolean) | null = null;
  const overlapsTag = (span: TextSpan) =>
    (check ??= createOverlapCheck(annotations.map((annotation) => annotation.span)))(span);
  return entities
    .map((entity) => ({
      entity,
      spans: finder
        .find(entity.name, { aliases: entity.aliases })
        .filter((span) => !overlapsTag(span)),
    }))
    .filter((suggestion) => suggestion.spans.length > 0);
}

/** A quiet list under the annotations; renders nothing when there is nothing to suggest. */
export function EntitySuggestions({
  text,
  annotations,
  entities,
  codebook,
  context,
  onApply,
}: EntitySuggestionsProps) {
  const suggestions = useMemo(
    () => suggestMentions(text, annotations, entities),
    [text, annotations, entities],
  );
  if (suggestions.length === 0) return null;
  return (
    <details className="suggestions">
      <summary>
        Known entities not tagged here ({suggestions.reduce((sum, s) => sum + s.spans.length, 0)})
      </summary>
      <ul>
        {suggestions.map(({ entity, spans }) => {
          const item = codebook.byId.get(entity.typeItemId);
          return (
            <li key={entity.id}>
              <span>
                {entity.name} · {spans.length}×
              </span>
              <button
                type="button"
                disabled={!item}
                onClick={() => {
                  if (!item) return;
                  const result = tagSpans(context, item, spans, { entityId: entity.id });
                  if (result.ok) onApply(result.change);
                }}
              >
                Tag all
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
