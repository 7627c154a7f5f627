/**
 * The links of a claim the text shows: its source and its cue when they are annotations of
 * this article (a registry entity as source has no place in the text to point at). Pure.
 */
import type { Annotation } from '../annotation/types';

/** One link to draw, from the claim to a span. */
export interface ClaimLink {
  kind: 'source' | 'cue';
  claimId: string;
  targetId: string;
  /** A source the analyst is stepping through while linking by keyboard, not yet linked. */
  isCandidate?: boolean;
}

/** The links of `claim` whose targets are span annotations of `byId`. */
export function claimLinksOf(
  claim: Annotation | undefined,
  byId: (id: string) => Annotation | undefined,
): ClaimLink[] {
  if (!claim || claim.kind !== 'span' || !claim.links) return [];
  const links: ClaimLink[] = [];
  const { sourceId, cueId } = claim.links;
  if (sourceId && byId(sourceId)?.kind === 'span') {
    links.push({ kind: 'source', claimId: claim.id, targetId: sourceId });
  }
  if (cueId && byId(cueId)?.kind === 'span') {
    links.push({ kind: 'cue', claimId: claim.id, targetId: cueId });
  }
  return links;
}
