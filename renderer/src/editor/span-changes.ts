/**
 * What the reader must draw again after the annotations change: the spans added, removed,
 * moved or recoloured since the last render. Runs at every key press of a long article:
 * given the note of what changed between the lists (`store/list-changes.ts`) it looks at
 * those spans only; without one, a span that is the same object as last time is passed
 * over without a look at its fields (unchanged rows stay the same objects). Pure.
 */
import type { IdSpan } from '../annotation/segments';
import type { ListChange } from '../store/list-changes';

/** A span as the reader draws it: its range and its label's colour. */
export interface ColouredSpan extends IdSpan<string> {
  colour: string;
  /** A colleague's annotation overlaid read-only (drawn apart from the analyst's own). */
  isColleague?: boolean;
}

/** A range of the text to draw again. */
export interface Range {
  start: number;
  end: number;
}

/** Spans drawn differently now: their versions as last drawn, and as drawn now. */
export interface SpanChanges {
  removed: ColouredSpan[];
  added: ColouredSpan[];
}

const isDrawnAlike = (a: ColouredSpan, b: ColouredSpan) =>
  a.start === b.start &&
  a.end === b.end &&
  a.colour === b.colour &&
  a.isColleague === b.isColleague;

/** Records `span` in `shown`, and in `changes` unless it is drawn as before. */
function take(shown: Map<string, ColouredSpan>, span: ColouredSpan, changes: SpanChanges): void {
  const before = shown.get(span.id);
  if (before === span) return;
  shown.set(span.id, span);
  if (before && isDrawnAlike(before, span)) return;
  changes.added.push(span);
  if (before) changes.removed.push(before);
}

/**
 * Brings `shown` (each span as last drawn, by id) up to `spans` and answers the spans
 * drawn differently: the old and the new version of every span that changed. Empty when
 * nothing the reader shows changed. `noted` is what changed since the list last taken,
 * when known: then only those spans are looked at.
 */
export function takeSpanChanges(
  shown: Map<string, ColouredSpan>,
  spans: readonly ColouredSpan[],
  noted: ListChange<ColouredSpan> | null = null,
): SpanChanges {
  const changes: SpanChanges = { removed: [], added: [] };
  if (noted) {
    const addedIds = new Set(noted.added.map((span) => span.id));
    for (const span of noted.removed) {
      // A span replaced by another version is compared with it below.
      if (addedIds.has(span.id) || shown.get(span.id) === undefined) continue;
      changes.removed.push(shown.get(span.id)!);
      shown.delete(span.id);
    }
    for (const span of noted.added) take(shown, span, changes);
    return changes;
  }
  for (const span of spans) take(shown, span, changes);
  // Every id of `spans` is in `shown` now: more entries means some spans are gone.
  if (shown.size > spans.length) {
    const ids = new Set(spans.map((span) => span.id));
    for (const [id, before] of shown) {
      if (ids.has(id)) continue;
      shown.delete(id);
      changes.removed.push(before);
    }
  }
  return changes;
}

/** The ranges to draw again for `changes`: every old and new range. */
export function changedRanges(changes: SpanChanges): Range[] {
  return [...changes.added, ...changes.removed];
}
