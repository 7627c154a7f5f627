/**
 * Offsets between JavaScript string indices (UTF-16 code units, the app's unit) and Unicode
 * code points (the unit of every exchange format). Only characters outside the Basic
 * Multilingual Plane (emoji, rare CJK) differ, so the converter stores just their positions
 * and answers each lookup with a binary search: build once per text, look up many times.
 */

/** A converter for one text. Lookups return `undefined` for positions that do not exist. */
export interface CodePointOffsets {
  /** The text's length in code points. */
  readonly codePointLength: number;
  /** The code-point offset of a code-unit offset; `undefined` inside a surrogate pair or out of range. */
  toCodePoint(unit: number): number | undefined;
  /** The code-unit offset of a code-point offset; `undefined` when out of range or not an integer. */
  toCodeUnit(point: number): number | undefined;
}

/** Builds the converter for `text` in one pass over it. */
export function codePointOffsets(text: string): CodePointOffsets {
  // Code-unit index of the high surrogate of each astral character, in order.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - astral.length;

  /** How many entries of `astral` satisfy `key(entry, index) < bound`. */
  const countBelow = (bound: number, key: (unit: number, index: number) => number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(astral[mid] as number, mid) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    codePointLength,
    toCodePoint(unit) {
      if (!Number.isInteger(unit) || unit < 0 || unit > text.length) return undefined;
      const before = countBelow(unit, (u) => u);
      // A position between the two halves of a pair is not a character boundary.
      if (before > 0 && (astral[before - 1] as number) + 1 === unit) return undefined;
      return unit - before;
    },
    toCodeUnit(point) {
      if (!Number.isInteger(point) || point < 0 || point > codePointLength) return undefined;
      // The code-point index of the astral character at astral[i] is astral[i] - i.
      return point + countBelow(point, (u, i) => u - i);
    },
  };
}
