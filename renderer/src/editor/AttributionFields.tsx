/**
 * A claim's attribution (PARC): its source (a mention in the text or a registry entity)
 * and its cue (the speech or cognition verb), so "who said what" can be answered.
 */
import type { Annotation, AnnotationId, RegistryEntity, SpanAnnotation } from '../annotation/types';
import { pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { editLatest, type Edit } from '../store/edit';
import { setCue, setSource, type ClaimSource } from './annotation-actions';
import { sourceMentions } from './link-candidates';
import { sourceGroups, type SourceOption } from './source-options';

interface AttributionFieldsProps {
  claim: SpanAnnotation;
  annotations: Annotation[];
  entities: RegistryEntity[];
  codebook: CodebookIndex;
  onApply: (edit: Edit) => void;
}

function optionLabel(codebook: CodebookIndex, annotation: SpanAnnotation): string {
  return `“${annotation.quote.exact.slice(0, 48)}” · ${pathLabel(codebook, annotation.itemId)}`;
}

/** A mention in its group: the nearest as it reads, the others with where they are. */
function sourceOptionLabel(codebook: CodebookIndex, option: SourceOption): string {
  const label = optionLabel(codebook, option.annotation);
  return option.rank === 1 ? label : `${label} · ${option.rank}. nearest, ${option.side}`;
}

/**
 * Source and cue pickers for a claim. Each picker changes only its own link of the claim
 * as stored, so picking the source and then at once the cue keeps both.
 */
export function AttributionFields({
  claim,
  annotations,
  entities,
  codebook,
  onApply,
}: AttributionFieldsProps) {
  const sources = sourceMentions(codebook, claim, annotations);
  const cues = annotations.filter(
    (a): a is SpanAnnotation =>
      a.kind === 'span' && a.id !== claim.id && a.itemId === 'attribution.cue',
  );
  const links = claim.links ?? {};
  const sourceValue = links.sourceId
    ? `a:${links.sourceId}`
    : links.sourceEntityId
      ? `e:${links.sourceEntityId}`
      : '';
  return (
    <fieldset className="attribution">
      <legend>Attribution</legend>
      <label className="field">
        <span>Source (who says it)</span>
        <select
          value={sourceValue}
          onChange={(event) => {
            const [kind, id] = [event.target.value.slice(0, 1), event.target.value.slice(2)];
            const source: ClaimSource =
              kind === 'a'
                ? { sourceId: id as never }
                : kind === 'e'
                  ? { sourceEntityId: id as never }
                  : null;
            onApply(editLatest(claim, (latest) => setSource(latest, source)));
          }}
        >
          <option value="">— none (the outlet itself) —</option>
          {sourceGroups(claim, sources, entities).map((group) => (
            <optgroup
              key={group.key}
              label={`${group.name} (${group.options.length === 1 ? '1 mention' : `${group.options.length} mentions`})`}
            >
              {group.options.map((option) => (
                <option key={option.annotation.id} value={`a:${option.annotation.id}`}>
                  {sourceOptionLabel(codebook, option)}
                </option>
              ))}
            </optgroup>
          ))}
          {entities.length > 0 && (
            <optgroup label="Entity registry">
              {entities.map((entity) => (
                <option key={entity.id} value={`e:${entity.id}`}>
                  {entity.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="field">
        <span>Cue (“a déclaré”, “selon”)</span>
        <select
          value={links.cueId ?? ''}
          onChange={(event) => {
            const cueId = (event.target.value || undefined) as AnnotationId | undefined;
            onApply(editLatest(claim, (latest) => setCue(latest, cueId)));
          }}
        >
          <option value="">— none —</option>
          {cues.map((a) => (
            <option key={a.id} value={a.id}>
              {optionLabel(codebook, a)}
            </option>
          ))}
        </select>
      </label>
      {cues.length === 0 && (
        <p className="field-hint">
          Tag the speech verb with Attribution › Cue (a then c) to link it.
        </p>
      )}
    </fieldset>
  );
}
