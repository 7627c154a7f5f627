/**
 * The format boundary's view of `annotation/code-points.ts`: the same converter, answering
 * `undefined` instead of throwing, because importers turn a bad offset into an error item
 * and exporters pick their own fallback. Build one per article text and reuse it for all the
 * text's annotations: building is O(n), each lookup O(log k) for k astral characters.
 */
import { createCodePointConverter, type CodePointConverter } from '../../annotation/code-points';

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
  const converter = createCodePointConverter(text);
  return {
    codePointLength: converter.codePointLength,
    toCodePoint: (unit) => orUndefined(converter, 'toCodePoint', unit),
    toCodeUnit: (point) => orUndefined(converter, 'toCodeUnit', point),
  };
}

/**
 * A lookup of converters by key (an article id), each built on first use, for code that
 * meets the annotations of several articles in no particular order.
 */
export function codePointOffsetsCache<K>(): (key: K, text: string) => CodePointOffsets {
  const cache = new Map<K, CodePointOffsets>();
  return (key, text) => {
    let offsets = cache.get(key);
    if (offsets === undefined) {
      offsets = codePointOffsets(text);
      cache.set(key, offsets);
    }
    return offsets;
  };
}

function orUndefined(
  converter: CodePointConverter,
  method: 'toCodePoint' | 'toCodeUnit',
  offset: number,
): number | undefined {
  try {
    return converter[method](offset);
  } catch (error) {
    // The converter throws RangeError for offsets with no equivalent; anything else is a bug.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
