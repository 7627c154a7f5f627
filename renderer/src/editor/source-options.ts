/**
 * The Source picker's choices for a claim: the mentions that can be its source, grouped by
 * the entity they name (the registry entity when linked, else the same words), the groups
 * and the mentions in each nearest the claim first. An op-ed names "Azerbaïdjan" 26 times:
 * one group, its nearest mention on top, instead of 26 identical lines. Pure.
 */
import type { RegistryEntity, SpanAnnotation } from '../annotation/types';

/** One mention the claim can cite. */
export interface SourceOption {
  annotation: SpanAnnotation;
  /** 1 for the mention nearest the claim in its group. */
  rank: number;
  /** Where it is relative to the claim. */
  side: 'before' | 'after';
}

/** The mentions of one entity. */
export interface SourceGroup {
  key: string;
  name: string;
  options: SourceOption[];
}

/** Case, accents and spacing do not make another entity: "AZERBAÏDJAN" is "Azerbaïdjan". */
function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Characters between two spans (0 when they overlap). */
export function gap(a: SpanAnnotation, b: SpanAnnotation): number {
  if (a.span.end <= b.span.start) return b.span.start - a.span.end;
  if (b.span.end <= a.span.start) return a.span.start - b.span.end;
  return 0;
}

/** `mentions` grouped by entity, nearest `claim` first. */
export function sourceGroups(
  claim: SpanAnnotation,
  mentions: readonly SpanAnnotation[],
  entities: readonly RegistryEntity[],
): SourceGroup[] {
  const entityNames = new Map(entities.map((entity) => [entity.id as string, entity.name]));
  const groups = new Map<string, { name: string; mentions: SpanAnnotation[] }>();
  for (const mention of mentions) {
    const registryName = mention.entityId ? entityNames.get(mention.entityId) : undefined;
    const key = registryName
      ? `entity:${mention.entityId}`
      : `text:${foldName(mention.quote.exact)}`;
    const group = groups.get(key) ?? {
      name: registryName ?? mention.quote.exact.trim(),
      mentions: [],
    };
    group.mentions.push(mention);
    groups.set(key, group);
  }
  const byDistance = (a: SpanAnnotation, b: SpanAnnotation) =>
    gap(claim, a) - gap(claim, b) || a.span.start - b.span.start;
  return [...groups]
    .map(([key, group]) => {
      const sorted = group.mentions.sort(byDistance);
      return {
        key,
        name: group.name,
        nearest: gap(claim, sorted[0]!),
        options: sorted.map((annotation, index) => ({
          annotation,
          rank: index + 1,
          side: annotation.span.start < claim.span.start ? ('before' as const) : ('after' as const),
        })),
      };
    })
    .sort((a, b) => a.nearest - b.nearest || a.name.localeCompare(b.name))
    .map(({ key, name, options }) => ({ key, name, options }));
}
