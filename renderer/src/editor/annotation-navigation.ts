/** Keyboard navigation between span annotations: next, previous, next of the same label. Pure. */
import type { SpanAnnotation } from '../annotation/types';

/** Reading order: by start, then longer first, then by id. */
export function compareReadingOrder(a: SpanAnnotation, b: SpanAnnotation): number {
  return a.span.start - b.span.start || b.span.end - a.span.end || a.id.localeCompare(b.id);
}

/** `annotations` in reading order (by start, then longer first). */
export function inReadingOrder(annotations: readonly SpanAnnotation[]): SpanAnnotation[] {
  return [...annotations].sort(compareReadingOrder);
}

/**
 * The annotation after (`step` 1) or before (`step` -1) `currentId` in reading order,
 * wrapping around; restricted to `currentId`'s label when `isSameLabel`. With no current
 * annotation, the first (or last) one.
 */
export function stepAnnotation(
  ordered: readonly SpanAnnotation[],
  currentId: string | null,
  step: 1 | -1,
  isSameLabel = false,
): SpanAnnotation | undefined {
  const current = ordered.find((annotation) => annotation.id === currentId);
  const pool =
    isSameLabel && current
      ? ordered.filter((annotation) => annotation.itemId === current.itemId)
      : ordered;
  if (pool.length === 0) return undefined;
  const index = current ? pool.indexOf(current) : -1;
  if (index === -1) return step === 1 ? pool[0] : pool.at(-1);
  return pool[(index + step + pool.length) % pool.length];
}
