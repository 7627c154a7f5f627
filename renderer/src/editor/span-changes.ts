/**
 * What the reader must draw again after the annotations change: the spans added, removed,
 * moved or recoloured since the last render. Runs at every key press of a long article,
 * so a span that is the same object as last time is passed over without a look at its
 * fields (the annotation list keeps unchanged rows as the same objects). Pure.
 */
import type { IdSpan } from '../annotation/segments';

/** A span as the reader draws it: its range and its label's colour. */
export interface ColouredSpan extends IdSpan<string> {
  colour: string;
}

/** A range of the text to draw again. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Brings `shown` (each span as last drawn, by id) up to `spans` and answers the ranges to
 * draw again: the old and the new range of every span that changed. Empty when nothing
 * the reader shows changed.
 */
export function takeSpanChanges(
  shown: Map<string, ColouredSpan>,
  spans: readonly ColouredSpan[],
): Range[] {
  const changed: Range[] = [];
  for (const span of spans) {
    const before = shown.get(span.id);
    if (before === span) continue;
    shown.set(span.id, span);
    if (
      before &&
      before.start === span.start &&
      before.end === span.end &&
      before.colour === span.colour
    )
      continue;
    changed.push(span);
    if (before) changed.push(before);
  }
  // Every id of `spans` is in `shown` now: more entries means some spans are gone.
  if (shown.size > spans.length) {
    const ids = new Set(spans.map((span) => span.id));
    for (const [id, before] of shown) {
      if (ids.has(id)) continue;
      shown.delete(id);
      changed.push(before);
    }
  }
  return changed;
}
