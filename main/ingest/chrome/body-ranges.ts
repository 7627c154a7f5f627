/**
 * Body ranges: which parts of an article's text are the article and not page chrome.
 *
 * Ranges are half-open `[start, end)` in UTF-16 code units of the normalised text, like
 * annotation offsets. A normalised list is sorted, has no empty ranges, and has no two
 * ranges that overlap or touch. The analyst fixes the automatic split with one action,
 * `markAsBody` or `markAsChrome`; both are pure and return a normalised list.
 */

/** A half-open span `[start, end)` of UTF-16 code units. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Sorts `ranges`, drops empty and inverted ones, and merges those that overlap or touch.
 * Does not mutate its input.
 */
export function normaliseRanges(ranges: readonly TextSpan[]): TextSpan[] {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** Adds `span` to the body: the result covers every offset of `ranges` and of `span`. */
export function markAsBody(ranges: readonly TextSpan[], span: TextSpan): TextSpan[] {
  return normaliseRanges([...ranges, span]);
}

/**
 * Removes `span` from the body: the result covers the offsets of `ranges` outside `span`,
 * so a range that straddles `span` is split in two.
 */
export function markAsChrome(ranges: readonly TextSpan[], span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  for (const r of normaliseRanges(ranges)) {
    if (span.end <= span.start || r.end <= span.start || r.start >= span.end) {
      pieces.push(r);
      continue;
    }
    if (r.start < span.start) pieces.push({ start: r.start, end: span.start });
    if (r.end > span.end) pieces.push({ start: span.end, end: r.end });
  }
  return normaliseRanges(pieces);
}

/** The parts of `[0, length)` that `ranges` do not cover, in order. */
export function complementRanges(ranges: readonly TextSpan[], length: number): TextSpan[] {
  const all: TextSpan[] = length > 0 ? [{ start: 0, end: length }] : [];
  return normaliseRanges(ranges).reduce((gaps, r) => markAsChrome(gaps, r), all);
}

/**
 * How many code units of `text` inside `ranges` are not white space. Blank lines and
 * indentation do not count, so a detector is not rewarded or punished for them.
 */
export function countInkChars(text: string, ranges: readonly TextSpan[]): number {
  let count = 0;
  for (const r of normaliseRanges(ranges)) {
    count += text.slice(r.start, r.end).replace(/\s/gu, '').length;
  }
  return count;
}

/** The overlap of two normalised range lists. */
export function intersectRanges(a: readonly TextSpan[], b: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const x of normaliseRanges(a)) {
    for (const y of normaliseRanges(b)) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return normaliseRanges(out);
}
