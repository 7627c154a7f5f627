/**
 * Validation of a span before it becomes (or after it is read back as) an annotation:
 * the checks every path into the model shares, with messages an analyst can read, so the
 * editor, importers and the factory refuse a bad span in the same words.
 */
import { splitsSurrogatePair } from './code-points';
import type { TextSpan } from './types';

/** Why a span was refused. */
export type SpanProblem =
  'not-integer' | 'out-of-bounds' | 'inverted' | 'empty' | 'splits-surrogate-pair';

/** The outcome of a validation: fine, or the first problem found with a readable message. */
export type SpanValidation = { ok: true } | { ok: false; reason: SpanProblem; message: string };

/**
 * Checks `span` against a text of `textLength` code units: integer offsets, inside
 * `0..textLength`, `start < end`. Cannot detect split surrogate pairs (it has no text):
 * use `validateSpan` when the text is at hand.
 */
export function validateSpanBounds(span: TextSpan, textLength: number): SpanValidation {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return fail('not-integer', `The selection's offsets (${start}, ${end}) are not whole numbers.`);
  }
  if (start < 0 || end > textLength || start > textLength || end < 0) {
    return fail(
      'out-of-bounds',
      `The selection (${start}–${end}) goes beyond the text, which has ${textLength} characters.`,
    );
  }
  if (start > end) {
    return fail('inverted', `The selection ends (${end}) before it starts (${start}).`);
  }
  if (start === end) {
    return fail('empty', 'The selection is empty: select at least one character.');
  }
  return { ok: true };
}

/**
 * Checks `span` against `text`: everything `validateSpanBounds` checks, plus that neither
 * edge cuts an emoji or other character outside the BMP in half.
 */
export function validateSpan(span: TextSpan, text: string): SpanValidation {
  const bounds = validateSpanBounds(span, text.length);
  if (!bounds.ok) return bounds;
  for (const [edge, offset] of [
    ['starts', span.start],
    ['ends', span.end],
  ] as const) {
    if (splitsSurrogatePair(text, offset)) {
      return fail(
        'splits-surrogate-pair',
        `The selection ${edge} in the middle of a character (an emoji or rare symbol) at ${offset}.`,
      );
    }
  }
  return { ok: true };
}

function fail(reason: SpanProblem, message: string): SpanValidation {
  return { ok: false, reason, message };
}
