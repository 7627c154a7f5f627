/**
 * Which highlight segments each reader paragraph shows, and which paragraphs an
 * annotation change touches, so the editor re-renders only those. Pure.
 */
import {
  flattenSpans,
  splitSegmentsAtParagraphs,
  type IdSpan,
  type ParagraphSegment,
} from '../annotation/segments';
import { paragraphPositionOf, type ParagraphStarts } from '../reader/paragraph-offsets';

/** Segments grouped by paragraph index (paragraphs without any are absent). */
export type SegmentsByParagraph = Map<number, ParagraphSegment<string>[]>;

/** Every paragraph's segments for `spans`. */
export function segmentsByParagraph(
  spans: readonly IdSpan<string>[],
  starts: ParagraphStarts,
): SegmentsByParagraph {
  const grouped: SegmentsByParagraph = new Map();
  for (const segment of splitSegmentsAtParagraphs(flattenSpans(spans), starts)) {
    const list = grouped.get(segment.paragraphIndex);
    if (list) list.push(segment);
    else grouped.set(segment.paragraphIndex, [segment]);
  }
  return grouped;
}

/** The first and last paragraph indices a span covers. */
export function paragraphRange(span: { start: number; end: number }, starts: ParagraphStarts) {
  const first = paragraphPositionOf(starts, span.start).paragraphIndex;
  const last = paragraphPositionOf(starts, Math.max(span.start, span.end - 1)).paragraphIndex;
  return [first, last] as const;
}

/** The paragraphs any of `spans` covers. */
export function paragraphsTouched(
  spans: readonly { start: number; end: number }[],
  starts: ParagraphStarts,
): Set<number> {
  const touched = new Set<number>();
  for (const span of spans) {
    const [first, last] = paragraphRange(span, starts);
    for (let index = first; index <= last; index++) touched.add(index);
  }
  return touched;
}

/** The segments of paragraph `index` only, from the spans overlapping it. */
export function segmentsOfParagraph(
  spans: readonly IdSpan<string>[],
  starts: ParagraphStarts,
  index: number,
): ParagraphSegment<string>[] {
  const start = starts[index] ?? 0;
  const end = starts[index + 1] ?? Number.MAX_SAFE_INTEGER;
  const overlapping = spans.filter((span) => span.start < end && span.end > start);
  return splitSegmentsAtParagraphs(flattenSpans(overlapping), starts).filter(
    (segment) => segment.paragraphIndex === index,
  );
}
