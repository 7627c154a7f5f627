/**
 * The spans the reader draws, kept in text order, so that the spans over a few paragraphs
 * are found by binary search: a key press re-renders one paragraph, and filtering 50,000
 * spans to find the ten over it cost more than drawing it. Spans longer than `LONG_SPAN`
 * (a claim over several paragraphs) sit apart in a short list looked through whole, so the
 * window searched before a range stays small. Mutable: the marks plugin owns one. Pure.
 */
import type { IdSpan } from '../annotation/segments';
import { lowerBound } from '../store/lower-bound';

/** Spans up to this long (UTF-16 units) are found by binary search; longer ones by a scan. */
export const LONG_SPAN = 2_000;

/** Spans in text order (start, then longer first, then id), long ones apart. */
export interface SpanIndex<Span extends IdSpan<string>> {
  short: Span[];
  long: Span[];
}

/** Text order: by start, then longer first, then id (code units), a total order. */
function compareSpans(a: IdSpan<string>, b: IdSpan<string>): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const isLong = (span: IdSpan<string>) => span.end - span.start > LONG_SPAN;

/** The first index of `sorted` not before `span`. */
function placeOf<Span extends IdSpan<string>>(sorted: readonly Span[], span: IdSpan<string>) {
  return lowerBound<IdSpan<string>>(sorted, span, compareSpans);
}

/** The first index of `sorted` whose span starts at or after `offset`. */
function firstFrom(sorted: readonly IdSpan<string>[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** An index of `spans` (any order). */
export function indexSpans<Span extends IdSpan<string>>(spans: readonly Span[]): SpanIndex<Span> {
  const short: Span[] = [];
  const long: Span[] = [];
  for (const span of spans) (isLong(span) ? long : short).push(span);
  short.sort(compareSpans);
  long.sort(compareSpans);
  return { short, long };
}

/** Every span of the index, in text order. */
export function allSpans<Span extends IdSpan<string>>(index: SpanIndex<Span>): Span[] {
  return index.long.length === 0
    ? index.short.slice()
    : [...index.short, ...index.long].sort(compareSpans);
}

/** Adds `span` in its place. */
export function addSpan<Span extends IdSpan<string>>(index: SpanIndex<Span>, span: Span): void {
  const list = isLong(span) ? index.long : index.short;
  list.splice(placeOf(list, span), 0, span);
}

/** Removes the span with `span`'s id and range, if the index holds it. */
export function removeSpan<Span extends IdSpan<string>>(
  index: SpanIndex<Span>,
  span: IdSpan<string>,
): void {
  const list = isLong(span) ? index.long : index.short;
  const at = placeOf(list, span);
  if (list[at]?.id === span.id) list.splice(at, 1);
}

/** The spans overlapping `[start, end)`, in text order. */
export function spansOver<Span extends IdSpan<string>>(
  index: SpanIndex<Span>,
  start: number,
  end: number,
): Span[] {
  const overlaps = (span: Span) => span.start < end && span.end > start;
  // A short span ending after `start` starts after `start - LONG_SPAN`.
  const from = firstFrom(index.short, start - LONG_SPAN);
  const to = firstFrom(index.short, end);
  const found = index.short.slice(from, to).filter(overlaps);
  const long = index.long.filter(overlaps);
  return long.length === 0 ? found : [...found, ...long].sort(compareSpans);
}
