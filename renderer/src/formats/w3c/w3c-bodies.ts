/**
 * The bodies and extension fields of an exported annotation: the label as a tagging body
 * (with the codebook item id), the note, the Wikidata link, and attributes both as
 * readable describing bodies and losslessly as `sourcemark:attributes`.
 */
import type { Annotation, AttributeValue, RegistryEntity } from '../../annotation/types';
import type { W3cAnnotation, W3cBody } from './w3c-model';
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

/**
 * Adds the lossless extras to `item`, after its standard members: the article, codebook,
 * attributes and registry entity. Assigned, not spread: a spread per item cost more than
 * the rest of its conversion.
 */
export function addExtensions(item: W3cAnnotation, annotation: Annotation): void {
  item['sourcemark:articleId'] = annotation.articleId;
  item['sourcemark:codebook'] = annotation.codebook;
  if (Object.keys(annotation.attributes).length > 0)
    item['sourcemark:attributes'] = annotation.attributes;
  if (annotation.kind === 'span' && annotation.entityId)
    item['sourcemark:entityId'] = annotation.entityId;
}

function show(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
