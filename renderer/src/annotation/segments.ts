/**
 * Flattening of overlapping and nested span annotations into ordered, non-overlapping
 * segments, each listing the annotations that cover it: what the reader needs to draw
 * stacked underlines, since the text itself can carry only one run of marks per range.
 *
 * The ids of a segment are always in one global stacking order (longer spans first, then
 * earlier, then input order), so an annotation keeps the same underline lane along its
 * whole length even where other annotations start and stop inside it.
 */
import { paragraphPositionOf, type ParagraphStarts } from '../reader/paragraph-offsets';

/** A span to flatten: any id type, UTF-16 offsets, end exclusive. */
export interface IdSpan<Id> {
  id: Id;
  start: number;
  end: number;
}

/** A maximal range covered by the same set of annotations, in stacking order. */
export interface Segment<Id> {
  start: number;
  end: number;
  ids: Id[];
}

/** A segment piece inside one paragraph; offsets are still stored-text offsets. */
export interface ParagraphSegment<Id> extends Segment<Id> {
  paragraphIndex: number;
}

/**
 * Flattens `spans` into segments sorted by offset, non-overlapping, each covered by at
 * least one span (uncovered gaps produce no segment). Spans with `end <= start` are ignored.
 * A sweep over the sorted boundaries: O(n log n) plus the size of the output.
 */
export function flattenSpans<Id>(spans: readonly IdSpan<Id>[]): Segment<Id>[] {
  const valid = spans.filter((span) => span.end > span.start);
  // Global stacking rank: outer (longer) first so nested spans stack beneath their parent.
  const order = valid
    .map((_, index) => index)
    .sort((a, b) => {
      const x = valid[a]!;
      const y = valid[b]!;
      return y.end - y.start - (x.end - x.start) || x.start - y.start || a - b;
    });
  const rank = new Int32Array(valid.length);
  order.forEach((spanIndex, position) => (rank[spanIndex] = position));

  // Events sorted by offset; at one offset, removals and additions both apply before the
  // next segment is emitted, so their relative order does not matter.
  const events: { at: number; spanIndex: number; isStart: boolean }[] = [];
  valid.forEach((span, spanIndex) => {
    events.push({ at: span.start, spanIndex, isStart: true });
    events.push({ at: span.end, spanIndex, isStart: false });
  });
  events.sort((a, b) => a.at - b.at);

  const segments: Segment<Id>[] = [];
  // Ranks of the covering spans, kept sorted: insertion is O(k) for k active spans, which
  // stays small for real annotation sets and avoids re-sorting at every boundary.
  const active: number[] = [];
  let index = 0;
  while (index < events.length) {
    const at = events[index]!.at;
    for (; index < events.length && events[index]!.at === at; index++) {
      const event = events[index]!;
      const r = rank[event.spanIndex]!;
      const position = lowerBound(active, r);
      if (event.isStart) active.splice(position, 0, r);
      else active.splice(position, 1);
    }
    const next = events[index];
    if (next && active.length > 0) {
      segments.push({ start: at, end: next.at, ids: active.map((r) => valid[order[r]!]!.id) });
    }
  }
  return segments;
}

/**
 * Cuts `segments` at paragraph boundaries (`starts` as from `paragraphStartOffsets`), so
 * each piece lies inside one reader paragraph. The `\n` ending a paragraph is not shown by
 * the reader, so it is left out of every piece, and a piece covering only it is dropped.
 */
export function splitSegmentsAtParagraphs<Id>(
  segments: readonly Segment<Id>[],
  starts: ParagraphStarts,
): ParagraphSegment<Id>[] {
  const pieces: ParagraphSegment<Id>[] = [];
  for (const segment of segments) {
    let paragraphIndex = paragraphPositionOf(starts, segment.start).paragraphIndex;
    let start = segment.start;
    while (start < segment.end) {
      const nextStart = starts[paragraphIndex + 1];
      // The paragraph's content ends before its `\n`, i.e. one before the next start.
      const contentEnd = nextStart === undefined ? Infinity : nextStart - 1;
      const end = Math.min(segment.end, contentEnd);
      if (end > start) pieces.push({ start, end, ids: segment.ids, paragraphIndex });
      if (nextStart === undefined || segment.end <= nextStart) break;
      start = nextStart;
      paragraphIndex++;
    }
  }
  return pieces;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
