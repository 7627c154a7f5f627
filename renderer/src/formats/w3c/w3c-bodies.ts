/**
 * The bodies and extension fields of an exported annotation: the label as a tagging body
 * (with the codebook item id), the note, the Wikidata link, and attributes both as
 * readable describing bodies and losslessly as `sourcemark:attributes`.
 */
import type { Annotation, AttributeValue, RegistryEntity } from '../../annotation/types';
import type { W3cBody } from './w3c-model';
import { wikidataIri } from './w3c-model';

/** The bodies of an annotation labelled `label`, linked to `entity` if any. */
export function bodies(
  annotation: Annotation,
  label: string,
  entity: RegistryEntity | undefined,
): W3cBody[] {
  const out: W3cBody[] = [
    {
      type: 'TextualBody',
      purpose: 'tagging',
      value: label,
      format: 'text/plain',
      'sourcemark:itemId': annotation.itemId,
    },
  ];
  if (annotation.note !== '') {
    out.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: annotation.note,
      format: 'text/markdown',
    });
  }
  if (entity?.wikidataQid) {
    out.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: wikidataIri(entity.wikidataQid),
    });
  }
  for (const [key, value] of Object.entries(annotation.attributes)) {
    out.push({
      type: 'TextualBody',
      purpose: 'describing',
      value: `${key}: ${show(value)}`,
      format: 'text/plain',
    });
  }
  return out;
}

/** The lossless extras: the article, codebook, attributes and registry entity. */
export function extensions(annotation: Annotation): Record<`sourcemark:${string}`, unknown> {
  return {
    'sourcemark:articleId': annotation.articleId,
    'sourcemark:codebook': annotation.codebook,
    ...(Object.keys(annotation.attributes).length > 0
      ? { 'sourcemark:attributes': annotation.attributes }
      : {}),
    ...(annotation.kind === 'span' && annotation.entityId
      ? { 'sourcemark:entityId': annotation.entityId }
      : {}),
  };
}

function show(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
