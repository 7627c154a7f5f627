/**
 * Reading a span from a file: validate the code-point offsets it states and convert them to
 * code units, with a reason a person can act on when they are wrong.
 */
import type { TextSpan } from '../../annotation/types';
import type { CodePointOffsets } from './code-point-offsets';

/** A converted span, or why the offsets cannot be used. */
export type SpanCheck = { ok: true; span: TextSpan } | { ok: false; reason: string };

/**
 * Converts `[start, end)` in code points to code units of the text behind `offsets`. Refuses
 * non-integers, negative, inverted, empty and out-of-range offsets (`end` beyond the text).
 */
export function checkCodePointSpan(
  offsets: CodePointOffsets,
  start: unknown,
  end: unknown,
): SpanCheck {
  if (typeof start !== 'number' || typeof end !== 'number') {
    return { ok: false, reason: `offsets must be numbers (got ${show(start)}, ${show(end)})` };
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    return { ok: false, reason: `offsets must be whole numbers (got ${start}, ${end})` };
  }
  if (start < 0) return { ok: false, reason: `start ${start} is negative` };
  if (end <= start) return { ok: false, reason: `end ${end} is not after start ${start}` };
  const length = offsets.codePointLength;
  if (end > length) {
    return { ok: false, reason: `end ${end} is beyond the text (${length} code points)` };
  }
  const s = offsets.toCodeUnit(start);
  const e = offsets.toCodeUnit(end);
  if (s === undefined || e === undefined) return { ok: false, reason: 'offsets out of range' };
  return { ok: true, span: { start: s, end: e } };
}

/** Parses a decimal integer field strictly (`"12"` yes; `"1e3"`, `"12a"`, `""` no). */
export function parseOffset(field: string | undefined): number | undefined {
  if (field === undefined || !/^\s*-?\d{1,15}\s*$/.test(field)) return undefined;
  return Number(field);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
