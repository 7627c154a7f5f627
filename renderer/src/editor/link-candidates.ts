/**
 * The spans a claim's source can be linked to by keyboard, in the order the link mode
 * steps through them: every mention of a person, organisation or place (and every span
 * tagged Attribution › Source), nearest the claim first, so the first Down is usually the
 * speaker. The Source picker shows the same spans grouped by entity. Pure.
 */
import type { Annotation, SpanAnnotation } from '../annotation/types';
import { rootIdOf } from '../codebook/codebook-invariants';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { gap } from './source-options';

/** The span annotations of `annotations` that can be `claim`'s source. */
export function sourceMentions(
  codebook: CodebookIndex,
  claim: SpanAnnotation,
  annotations: readonly Annotation[],
): SpanAnnotation[] {
  return annotations.filter(
    (a): a is SpanAnnotation =>
      a.kind === 'span' &&
      a.id !== claim.id &&
      (rootIdOf(codebook.byId, a.itemId) === 'entity' || a.itemId === 'attribution.source'),
  );
}

/** `mentions` nearest `claim` first; at equal distance, the earlier in the text first. */
export function nearestFirst(
  claim: SpanAnnotation,
  mentions: readonly SpanAnnotation[],
): SpanAnnotation[] {
  return [...mentions].sort((a, b) => gap(claim, a) - gap(claim, b) || a.span.start - b.span.start);
}
