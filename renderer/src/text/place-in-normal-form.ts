/**
 * Placing a span a file states about its own text (code units of the text as given) in the
 * text's normal form, and checking it landed on what it meant before anyone calls it placed.
 *
 * A set file's offsets count into the file as its tool saw it: a byte order mark, CRLF line
 * ends, decomposed accents and all. The library stores the normal form (`normal-form.ts`),
 * so every importer carries each span through `normaliseWithMap` and this module says what
 * happened: exactly placed (both edges map exactly and the text there is the file's text at
 * its offsets, normalised), moved (an edge fell inside a CRLF or a composed accent and the
 * span was widened to whole characters), unverified (the text there is not what the file's
 * offsets hold: the caller re-anchors by the quote or keeps it orphaned), or refused (the
 * span is empty once normalised, or out of range). Pure: no DOM, no Node.
 */
import { normaliseText, type NormalisationMap } from './normal-form';

/** A range of code units, start included, end excluded. */
export interface UnitSpan {
  start: number;
  end: number;
}

/** Where a span of the text as given lands in the normal form, and how sure that is. */
export type NormalPlacement =
  | { kind: 'exact'; span: UnitSpan }
  | { kind: 'moved'; span: UnitSpan; reason: string }
  | { kind: 'unverified'; span: UnitSpan; quote: string; reason: string }
  | { kind: 'refused'; reason: string };

/** Why a widened span is not exact, in the words of the report. */
export const WIDENED_REASON =
  'an edge fell inside a line break or an accented character the stored text joins: widened to whole characters';

/**
 * Places `span` (code units of `given`, whose map is `map`) in `map.text`. The quote it is
 * checked against is `normaliseText(given.slice(span))`: what the file's offsets hold, in
 * the form the library stores.
 */
export function placeInNormalForm(
  map: NormalisationMap,
  given: string,
  span: UnitSpan,
): NormalPlacement {
  if (map.isIdentity) {
    // Same text: the span holds the very characters the file's offsets name.
    const inRange = span.start >= 0 && span.start < span.end && span.end <= given.length;
    return inRange ? { kind: 'exact', span } : { kind: 'refused', reason: 'offsets out of range' };
  }
  const start = map.toNormal(span.start, 'start');
  const end = map.toNormal(span.end, 'end');
  if (!start || !end) return { kind: 'refused', reason: 'offsets out of range' };
  if (end.offset <= start.offset) {
    return {
      kind: 'refused',
      reason: 'it covers only characters the stored text leaves out (a byte order mark, a control)',
    };
  }
  const placed = { start: start.offset, end: end.offset };
  if (!start.exact || !end.exact) return { kind: 'moved', span: placed, reason: WIDENED_REASON };
  const quote = normaliseText(given.slice(span.start, span.end));
  if (map.text.slice(placed.start, placed.end) === quote) return { kind: 'exact', span: placed };
  return {
    kind: 'unverified',
    span: placed,
    quote,
    reason: 'the stored text at the mapped offsets differs from the file’s text there',
  };
}
