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
import { spansOver, type SpanIndex } from './span-index';

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

/**
 * The segments of paragraphs `from` (inclusive) to `to` (exclusive), from the spans of
 * `index` over them only: what one chunk of a long article, or one re-rendered paragraph,
 * costs does not grow with the article's other annotations.
 */
export function segmentsOfParagraphs(
  index: SpanIndex<IdSpan<string>>,
  starts: ParagraphStarts,
  from: number,
  to: number,
): SegmentsByParagraph {
  const grouped: SegmentsByParagraph = new Map();
  if (from >= to) return grouped;
  const start = starts[from] ?? 0;
  const end = starts[to] ?? Number.MAX_SAFE_INTEGER;
  const over = spansOver(index, start, end);
  for (const segment of splitSegmentsAtParagraphs(flattenSpans(over), starts)) {
    const at = segment.paragraphIndex;
    if (at < from || at >= to) continue;
    const list = grouped.get(at);
    if (list) list.push(segment);
    else grouped.set(at, [segment]);
  }
  return grouped;
}

/**
 * How many paragraphs, from the first, can be drawn with every span starting before
 * `spansBefore` known: those whose text ends by then (a span starting later lies after
 * them). All of them for `Infinity`. `textLength` ends the last paragraph.
 */
export function paragraphsCoveredBefore(
  starts: ParagraphStarts,
  textLength: number,
  spansBefore: number,
): number {
  if (spansBefore >= textLength) return starts.length;
  const { paragraphIndex } = paragraphPositionOf(starts, spansBefore);
  // The paragraph holding the offset is covered only if its text ends at or before it.
  const next = starts[paragraphIndex + 1];
  const contentEnd = next === undefined ? textLength : next - 1;
  return contentEnd <= spansBefore ? paragraphIndex + 1 : paragraphIndex;
}
