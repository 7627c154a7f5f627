/**
 * Offset conversion at the W3C boundary: the model counts UTF-16 code units, W3C selectors
 * count code points. Private to this folder so it does not wait on the shared helper.
 */

/** The number of code points in `text` before code-unit offset `unit`. */
export function unitToPoint(text: string, unit: number): number {
  let points = 0;
  for (let i = 0; i < unit && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: skip the low half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit && isLow(text.charCodeAt(i + 1))) i++;
    points++;
  }
  return points;
}

/** The code-unit offset of code point `point` in `text`, or `undefined` past the end. */
export function pointToUnit(text: string, point: number): number | undefined {
  let unit = 0;
  for (let p = 0; p < point; p++) {
    if (unit >= text.length) return undefined;
    const c = text.charCodeAt(unit);
    unit += c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(unit + 1)) ? 2 : 1;
  }
  return unit;
}

/** The number of code points in `text`. */
export function pointLength(text: string): number {
  return unitToPoint(text, text.length);
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
