/**
 * Conversion between the app's offsets (UTF-16 code units, JavaScript string indices) and
 * the Unicode code points that exchange formats count (W3C, brat, doccano, SemEval,
 * REFI-QDA). Conversion happens at the format boundary only; see `types.ts`.
 *
 * Exports convert many offsets of one text, so the converter indexes the text once (O(n))
 * and then answers each lookup by binary search over the astral characters only, which is
 * O(1) for BMP-only text and O(log k) for a text with k emoji or other astral characters.
 */

/** Converts offsets of one text between code units and code points. */
export interface CodePointConverter {
  /** The text's length in UTF-16 code units (`text.length`). */
  readonly codeUnitLength: number;
  /** The text's length in code points (`[...text].length`). */
  readonly codePointLength: number;
  /**
   * The code-point offset of code-unit `offset` (`0..codeUnitLength`). Throws a RangeError
   * for an offset that is not an integer, is out of range, or falls between the two halves
   * of a surrogate pair (no code-point offset denotes that position).
   */
  toCodePoint(offset: number): number;
  /**
   * The code-unit offset of code-point `offset` (`0..codePointLength`). Throws a RangeError
   * for an offset that is not an integer or is out of range.
   */
  toCodeUnit(offset: number): number;
}

/**
 * Whether code-unit `offset` of `text` falls between a high and a low surrogate, i.e. cutting
 * the text there would split one character into two invalid halves. Lone surrogates (which
 * a well-formed stored text never holds) count as whole characters.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Builds a converter for `text` in one pass; keep it while converting that text's offsets. */
export function createCodePointConverter(text: string): CodePointConverter {
  // Code-unit offsets of the high surrogate of every pair. Their code-point offsets are
  // `pairUnits[i] - i` (each earlier pair counts one code point but two code units).
  const pairUnits: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairUnits.push(i);
      i++;
    }
  }
  const pairPoints = pairUnits.map((unit, index) => unit - index);
  const codeUnitLength = text.length;
  const codePointLength = codeUnitLength - pairUnits.length;

  return {
    codeUnitLength,
    codePointLength,
    toCodePoint(offset) {
      checkOffset(offset, codeUnitLength, 'Code-unit');
      if (pairUnits.length === 0) return offset;
      const below = countBelow(pairUnits, offset);
      // Inside a pair exactly when a pair starts one unit before: asked of the pairs, not of
      // `text`, so a converter does not keep its text alive (an export holds one per article).
      if (pairUnits[below - 1] === offset - 1) {
        throw new RangeError(
          `Code-unit offset ${offset} falls inside a surrogate pair (an emoji or other ` +
            `character outside the BMP) and has no code-point equivalent`,
        );
      }
      return offset - below;
    },
    toCodeUnit(offset) {
      checkOffset(offset, codePointLength, 'Code-point');
      if (pairPoints.length === 0) return offset;
      return offset + countBelow(pairPoints, offset);
    },
  };
}

/** The code-point offset of one code-unit offset; prefer a converter for many offsets. */
export function codeUnitToCodePoint(text: string, offset: number): number {
  return createCodePointConverter(text).toCodePoint(offset);
}

/** The code-unit offset of one code-point offset; prefer a converter for many offsets. */
export function codePointToCodeUnit(text: string, offset: number): number {
  return createCodePointConverter(text).toCodeUnit(offset);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function checkOffset(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0..${length})`);
  }
}

/** How many values of the ascending array `sorted` are below `value` (binary search). */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
