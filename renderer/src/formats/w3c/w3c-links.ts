/**
 * Attribution (PARC) links as W3C `linking` annotations: one per link, targeting the
 * claim first and then its source or cue (an annotation, or a registry entity).
 */
import type { EntityId, RegistryEntity, SpanAnnotation } from '../../annotation/types';
import type { W3cAnnotation } from './w3c-model';
import { uuidIri, wikidataIri } from './w3c-model';

/** The role a linking annotation gives its second target. */
export type LinkRole = 'source' | 'cue' | 'source-entity';

/** The members a linking annotation shares with the annotation it belongs to. */
export type Common = Required<Pick<W3cAnnotation, '@context'>> &
  Pick<W3cAnnotation, 'id' | 'type' | 'created' | 'modified' | 'creator' | 'generator'>;

/** The IRI of a registry entity without a QID: only another Sourcemark understands it. */
export function entityIri(id: string): string {
  return `urn:sourcemark:entity:${encodeURIComponent(id)}`;
}

/** The id in an `entityIri`, if it is one. */
export function entityIdFromIri(iri: string): string | undefined {
  return iri.startsWith('urn:sourcemark:entity:') ? decodeURIComponent(iri.slice(22)) : undefined;
}

/** The linking annotations of a claim, with ids derived from the claim's IRI. */
export function linkingAnnotations(
  claim: SpanAnnotation,
  common: Common,
  entities: ReadonlyMap<string, RegistryEntity>,
): W3cAnnotation[] {
  const links = claim.links;
  if (!links) return [];
  const targets = linkRoles(claim).map((role): [LinkRole, string] => [
    role,
    role === 'source'
      ? uuidIri(links.sourceId!)
      : role === 'cue'
        ? uuidIri(links.cueId!)
        : entityTarget(links.sourceEntityId!, entities),
  ]);
  return targets.map(([role, other]) => {
    // Member by member in the file's order, not `common` spread (as in `to-w3c.ts`).
    const link: W3cAnnotation = {
      '@context': common['@context'],
      id: `${common.id}#link-${role}`,
      type: common.type,
      created: common.created,
      modified: common.modified,
      creator: common.creator,
      generator: common.generator,
      motivation: 'linking',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: role, format: 'text/plain' }],
      target: [common.id, other],
      'sourcemark:role': role,
    };
    if (role === 'source-entity') link['sourcemark:entityId'] = links.sourceEntityId;
    return link;
  });
}

/** The roles of the linking annotations `claim` gives, in order: counted before writing. */
export function linkRoles(claim: SpanAnnotation): LinkRole[] {
  const links = claim.links;
  if (!links) return [];
  const roles: LinkRole[] = [];
  if (links.sourceId) roles.push('source');
  if (links.cueId) roles.push('cue');
  if (links.sourceEntityId) roles.push('source-entity');
  return roles;
}

function entityTarget(id: EntityId, entities: ReadonlyMap<string, RegistryEntity>): string {
  const qid = entities.get(id)?.wikidataQid;
  return qid ? wikidataIri(qid) : entityIri(id);
}
