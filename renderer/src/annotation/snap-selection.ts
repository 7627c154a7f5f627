/**
 * Snapping of an analyst's raw selection to something worth annotating: no surrounding
 * whitespace, never half a user-perceived character (emoji, flag, letter + accent), and by
 * default whole words, so a sloppy drag still yields `Baïramov` rather than `aïramo`.
 *
 * Segmentation (Intl.Segmenter, UAX #29) runs only on a window around each edge: segmenting
 * a whole 1 MB article per selection costs milliseconds, and boundaries far from the
 * selection cannot change the result.
 */
import type { TextSpan } from './types';

/** How a selection is snapped. */
export interface SnapOptions {
  /** Extend a partly selected word to the whole word (default true). */
  snapToWords?: boolean;
  /** Locale for word segmentation (default: the runtime's). */
  locale?: string;
}

/** How far from an edge the segmentation window may reach, in code units. */
const WINDOW_REACH = 256;

const graphemeSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

/**
 * Snaps `selection` (code-unit offsets into `text`, either order, clamped to the text):
 * trims whitespace at both ends, widens each edge to a grapheme-cluster boundary, and with
 * `snapToWords` widens a partly selected word to the whole word, stopping at punctuation
 * inside it (so `Ilham` in `d’Ilham` stays `Ilham`, and `U` in `U.S.` stays `U`).
 * Returns null when nothing but whitespace is selected. Never shrinks into a word.
 */
export function snapSelection(
  text: string,
  selection: TextSpan,
  options: SnapOptions = {},
): TextSpan | null {
  const { snapToWords = true, locale } = options;
  let start = clamp(Math.min(selection.start, selection.end), text.length);
  let end = clamp(Math.max(selection.start, selection.end), text.length);
  while (start < end && isWhitespace(text[start]!)) start++;
  while (end > start && isWhitespace(text[end - 1]!)) end--;
  if (start === end) return null;

  const graphemes = segmenter(graphemeSegmenters, 'grapheme', locale);
  start = segmentAround(text, start, graphemes).start;
  end = segmentAround(text, end - 1, graphemes).end;

  if (snapToWords) {
    const words = segmenter(wordSegmenters, 'word', locale);
    const first = segmentAround(text, start, words);
    // An edge on punctuation inside a word (`’` of `d’Ilham`) is a choice: keep it.
    if (first.isWordLike && !isPunctuation(text[start]!)) {
      start = afterLastPunctuation(text, first.start, start);
    }
    const last = segmentAround(text, end - 1, words);
    if (last.isWordLike && !isPunctuation(text[end - 1]!)) {
      end = beforeFirstPunctuation(text, end, last.end);
    }
  }
  return { start, end };
}

interface Located {
  start: number;
  end: number;
  isWordLike: boolean;
}

/** The segment holding code unit `at`, found by segmenting a window of the text only. */
function segmentAround(text: string, at: number, segmenter: Intl.Segmenter): Located {
  const from = safeCut(text, at, -1);
  const to = safeCut(text, at + 1, 1);
  const found = segmenter.segment(text.slice(from, to)).containing(at - from);
  if (!found) return { start: at, end: at + 1, isWordLike: false };
  return {
    start: from + found.index,
    end: from + found.index + found.segment.length,
    isWordLike: found.isWordLike === true,
  };
}

/**
 * A position near `at` (moving in `direction`) where both grapheme and word segmentation
 * must break whatever surrounds it: after a line feed, or after whitespace not followed by
 * a combining mark (UAX #29 GB4/GB5, WB3a/WB3b, and WB999 after whitespace). Falls back to
 * the window's reach, which only risks a wrong break in a 256-unit run without whitespace.
 */
function safeCut(text: string, at: number, direction: -1 | 1): number {
  const limit =
    direction < 0 ? Math.max(0, at - WINDOW_REACH) : Math.min(text.length, at + WINDOW_REACH);
  for (let position = at; position !== limit; position += direction) {
    if (isWhitespace(text[position - 1] ?? '') && !joinsPrevious(text, position)) return position;
  }
  return limit;
}

/** Whether the character at `position` attaches to the one before it (mark, ZWJ, format). */
function joinsPrevious(text: string, position: number): boolean {
  const code = text.codePointAt(position);
  return code !== undefined && /^[\p{M}\p{Cf}]$/u.test(String.fromCodePoint(code));
}

function afterLastPunctuation(text: string, from: number, to: number): number {
  for (let position = to; position > from; position--) {
    if (isPunctuation(text[position - 1]!)) return position;
  }
  return from;
}

function beforeFirstPunctuation(text: string, from: number, to: number): number {
  for (let position = from; position < to; position++) {
    if (isPunctuation(text[position]!)) return position;
  }
  return to;
}

function isWhitespace(char: string): boolean {
  return /^\s$/u.test(char);
}

function isPunctuation(char: string): boolean {
  return /^\p{P}$/u.test(char);
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(offset) || 0));
}

function segmenter(
  cache: Map<string, Intl.Segmenter>,
  granularity: 'grapheme' | 'word',
  locale: string | undefined,
): Intl.Segmenter {
  const key = locale ?? '';
  let found = cache.get(key);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity });
    cache.set(key, found);
  }
  return found;
}
