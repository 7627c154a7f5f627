/**
 * The analyst's corrections of the body/chrome split, in one action each: a selection is
 * widened to whole lines (chrome is line-based) and added to, or cut out of, the chrome
 * ranges. Pure.
 */
import type { TextSpan } from '../annotation/types';
import type { ChromeRange } from './chrome-blocks';

/** `span` widened to the start of its first line and the end of its last. */
export function wholeLines(text: string, span: TextSpan): TextSpan {
  const start = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf('\n', Math.max(span.start, span.end - 1));
  return { start: span.start === 0 ? 0 : start, end: newline === -1 ? text.length : newline };
}

/** `ranges` minus `cut`: pieces outside it keep their kind. */
function subtract(ranges: readonly ChromeRange[], cut: TextSpan): ChromeRange[] {
  return ranges.flatMap((range) => {
    if (range.end <= cut.start || range.start >= cut.end) return [range];
    const pieces: ChromeRange[] = [];
    if (range.start < cut.start) pieces.push({ ...range, end: cut.start });
    if (range.end > cut.end) pieces.push({ ...range, start: cut.end });
    return pieces;
  });
}

function sorted(ranges: ChromeRange[]): ChromeRange[] {
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The chrome ranges with the lines of `span` marked as chrome (kind `marked`). */
export function markAsChrome(
  text: string,
  ranges: readonly ChromeRange[],
  span: TextSpan,
): ChromeRange[] {
  const lines = wholeLines(text, span);
  return sorted([...subtract(ranges, lines), { ...lines, kind: 'marked' }]);
}

/** The chrome ranges with the lines of `span` given back to the article body. */
export function markAsBody(
  text: string,
  ranges: readonly ChromeRange[],
  span: TextSpan,
): ChromeRange[] {
  return sorted(subtract(ranges, wholeLines(text, span)));
}
