/**
 * Where an offset of the old text lands in the new text, from a word-level diff.
 *
 * The map is a sorted list of unchanged segments (old start, new start, length). An offset
 * inside a segment maps exactly; one in a changed region or in whitespace that changed maps
 * to the same distance past the previous segment, clamped before the next one: a hint for
 * the quote search, not a placement. Callers always verify by comparing the quote.
 */
import type { TextSpan } from '../annotation/types';
import { matchTokens, tokenize } from './token-diff';

/** Unchanged segments of the old text and where they are in the new text, in order. */
export interface OffsetMap {
  readonly oldStarts: Int32Array;
  readonly newStarts: Int32Array;
  readonly lengths: Int32Array;
  readonly newLength: number;
  /** False when the diff gave up (a rewrite): the middle of the text is unmapped. */
  readonly isComplete: boolean;
  /**
   * Ranges of the new text with words no old word maps to (insertions, replacements, or the
   * whole middle after a rewrite), as [start, end) pairs in order. Text the old version did
   * not have is the only place an edited quote can have moved to.
   */
  readonly inserted: readonly TextSpan[];
}

/** A mapped offset, and whether it fell inside an unchanged segment. */
export interface MappedOffset {
  offset: number;
  isExact: boolean;
}

/**
 * Diffs the two texts word by word and returns the unchanged segments. Matched tokens are
 * merged with their neighbours when the whitespace between them is also unchanged, so an
 * edit session gives a few segments and a re-spaced copy one per word.
 */
export function buildOffsetMap(oldText: string, newText: string): OffsetMap {
  if (oldText === newText) {
    return segmentsMap([0], [0], [oldText.length], newText, true);
  }
  const dictionary = new Map<string, number>();
  const a = tokenize(oldText, dictionary);
  const b = tokenize(newText, dictionary);
  const matches = matchTokens(a.ids, b.ids);
  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < matches.oldIndex.length; i++) {
    const ai = matches.oldIndex[i]!;
    const bi = matches.newIndex[i]!;
    const oldStart = a.starts[ai]!;
    const newStart = b.starts[bi]!;
    const length = a.ends[ai]! - oldStart;
    const last = lengths.length - 1;
    if (last >= 0) {
      const oldEnd = oldStarts[last]! + lengths[last]!;
      const newEnd = newStarts[last]! + lengths[last]!;
      if (
        oldStart - oldEnd === newStart - newEnd &&
        oldText.slice(oldEnd, oldStart) === newText.slice(newEnd, newStart)
      ) {
        lengths[last] = oldStart + length - oldStarts[last]!;
        continue;
      }
    }
    oldStarts.push(oldStart);
    newStarts.push(newStart);
    lengths.push(length);
  }
  return segmentsMap(oldStarts, newStarts, lengths, newText, matches.isComplete);
}

function segmentsMap(
  oldStarts: number[],
  newStarts: number[],
  lengths: number[],
  newText: string,
  isComplete: boolean,
): OffsetMap {
  const inserted: TextSpan[] = [];
  for (let i = 0; i <= lengths.length; i++) {
    const start = i === 0 ? 0 : newStarts[i - 1]! + lengths[i - 1]!;
    const end = i === lengths.length ? newText.length : newStarts[i]!;
    // Gaps of whitespace only are re-spacing between mapped words, not new text.
    if (end > start && /\S/.test(newText.slice(start, end))) inserted.push({ start, end });
  }
  return {
    oldStarts: Int32Array.from(oldStarts),
    newStarts: Int32Array.from(newStarts),
    lengths: Int32Array.from(lengths),
    newLength: newText.length,
    isComplete,
    inserted,
  };
}

/**
 * Maps an old offset. `side: 'end'` treats the offset as an exclusive end, so the end of a
 * word maps with that word rather than with the whitespace after it (which may have changed).
 */
export function mapOffset(map: OffsetMap, offset: number, side: 'start' | 'end'): MappedOffset {
  // The offset is "in" a segment when start <= offset < end ('start') or start < offset <= end.
  const probe = side === 'end' ? offset - 1 : offset;
  const { oldStarts, newStarts, lengths } = map;
  let low = 0;
  let high = oldStarts.length - 1;
  let index = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (oldStarts[middle]! <= probe) {
      index = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (index >= 0 && probe < oldStarts[index]! + lengths[index]!) {
    return { offset: newStarts[index]! + offset - oldStarts[index]!, isExact: true };
  }
  const oldEnd = index >= 0 ? oldStarts[index]! + lengths[index]! : 0;
  const newEnd = index >= 0 ? newStarts[index]! + lengths[index]! : 0;
  const nextNewStart = index + 1 < newStarts.length ? newStarts[index + 1]! : map.newLength;
  return { offset: Math.min(newEnd + Math.max(0, offset - oldEnd), nextNewStart), isExact: false };
}

/** Maps both ends of a span; the result may be empty or inverted only if the map is. */
export function mapSpan(map: OffsetMap, span: TextSpan): TextSpan {
  const start = mapOffset(map, span.start, 'start').offset;
  const end = mapOffset(map, span.end, 'end').offset;
  return { start, end: Math.max(start, end) };
}

/** Whether `span` of the new text lies inside one unchanged segment (text the old one had). */
export function isUnchanged(map: OffsetMap, span: TextSpan): boolean {
  const { newStarts, lengths } = map;
  let low = 0;
  let high = newStarts.length - 1;
  let index = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (newStarts[middle]! <= span.start) {
      index = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return index >= 0 && span.end <= newStarts[index]! + lengths[index]!;
}
