/**
 * Reading `linking` annotations back into attribution links: the first target is the
 * claim, the second its source or cue; the role comes from `sourcemark:role` or the
 * tagging body. Links are applied after every annotation is read, whatever the order.
 */
import type { Annotation, AnnotationId, EntityId } from '../../annotation/types';
import type { ImportItemResult } from '../shared/import-result';
import { entityIdFromIri, type LinkRole } from './w3c-links';
import { idFromUuidIri, qidFromIri } from './w3c-model';
import { asList, readBodies, type Json } from './w3c-read';

/** A linking annotation waiting for its claim to be imported. */
export interface PendingLink {
  index: number;
  id?: string;
  claim?: string;
  other?: string;
  role?: string;
  entityId?: string;
}

/** Reads the parts of a linking annotation. */
export function readLink(item: Json, index: number): PendingLink {
  const [claim, other] = asList(item.target).map((t) =>
    typeof t === 'string'
      ? t
      : typeof (t as Json)?.id === 'string'
        ? ((t as Json).id as string)
        : undefined,
  );
  const role = item['sourcemark:role'] ?? readBodies(item, () => undefined).label;
  return {
    index,
    ...(typeof item.id === 'string' ? { id: item.id } : {}),
    ...(claim ? { claim } : {}),
    ...(other ? { other } : {}),
    ...(typeof role === 'string' ? { role } : {}),
    ...(typeof item['sourcemark:entityId'] === 'string'
      ? { entityId: item['sourcemark:entityId'] }
      : {}),
  };
}

/** Sets the links on the imported claims and reports each linking annotation. */
export function applyLinks(
  pending: readonly PendingLink[],
  imported: ReadonlyMap<string, Annotation>,
  entityIdForQid?: (qid: string) => string | undefined,
): ImportItemResult[] {
  return pending.map((link): ImportItemResult => {
    const fail = (reason: string): ImportItemResult => ({
      kind: 'error',
      section: 'annotations',
      index: link.index,
      ...(link.id ? { id: link.id } : {}),
      reason,
    });
    const claimId = link.claim && idFromUuidIri(link.claim);
    const claim = claimId ? imported.get(claimId) : undefined;
    if (!claim || claim.kind !== 'span') return fail('the linked claim was not imported');
    if (!link.other) return fail('a link needs two targets');
    const role = link.role as LinkRole | undefined;
    const links = { ...claim.links };
    if (role === 'source' || role === 'cue') {
      const otherId = idFromUuidIri(link.other);
      if (!otherId || !imported.has(otherId)) return fail(`the linked ${role} was not imported`);
      links[role === 'source' ? 'sourceId' : 'cueId'] = otherId as AnnotationId;
    } else if (role === 'source-entity') {
      const qid = qidFromIri(link.other);
      const entityId =
        link.entityId ?? entityIdFromIri(link.other) ?? (qid ? entityIdForQid?.(qid) : undefined);
      if (!entityId) return fail('the linked entity is not in the registry');
      links.sourceEntityId = entityId as EntityId;
    } else {
      return fail(`unknown link role ${JSON.stringify(link.role ?? '')}`);
    }
    claim.links = links;
    return { kind: 'imported', section: 'annotations', index: link.index, id: link.id ?? claim.id };
  });
}
