/**
 * Checking a span read from a file, with a reason a person can act on when it is wrong:
 * code-point offsets stated by an exchange format (validated and converted to code units),
 * and code-unit spans of a native set (checked against the article they point into).
 */
import type { Annotation, TextSpan } from '../../annotation/types';
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

/** What a span annotation is checked against: the article's text, or at least its length. */
export interface ArticleTextInfo {
  /** The full text, when known: the quote is then compared with what the span covers. */
  text?: string;
  /** The text's length in code units, used when `text` is absent. */
  textLength?: number;
}

/**
 * Why a span annotation (code units, as in a native set) does not fit its article, or
 * `undefined` when it does: offsets in order and in range, and the quote equal to the text
 * it covers when the text is known. Document-level annotations always fit.
 */
export function checkAgainstArticle(
  annotation: Annotation,
  article: ArticleTextInfo,
): string | undefined {
  if (annotation.kind !== 'span') return undefined;
  const { start, end } = annotation.span;
  if (start < 0) return `start ${start} is negative`;
  if (start >= end) return `start ${start} is not before end ${end}`;
  const length = article.text?.length ?? article.textLength;
  if (length !== undefined && end > length) {
    return `end ${end} is past the end of the text (${length})`;
  }
  if (article.text !== undefined) {
    const covered = article.text.slice(start, end);
    if (covered !== annotation.quote.exact) {
      const quote = clip(annotation.quote.exact, 40);
      return `quote "${quote}" does not match the text "${clip(covered, 40)}"`;
    }
  }
  return undefined;
}

/** Parses a decimal integer field strictly (`"12"` yes; `"1e3"`, `"12a"`, `""` no). */
export function parseOffset(field: string | undefined): number | undefined {
  if (field === undefined || !/^\s*-?\d{1,15}\s*$/.test(field)) return undefined;
  return Number(field);
}

function show(value: unknown): string {
  return clip(JSON.stringify(value) ?? String(value), 20);
}

/** `text` cut to `max` code units with an ellipsis, for quoting it in a reason. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
