/**
 * Anchors an imported W3C span in the article text: code-point positions first, checked
 * against the quote; when they disagree or are missing, the quote is searched for and the
 * occurrence whose prefix and suffix fit best (then the nearest) wins.
 */
import type { TextSpan } from '../../annotation/types';
import { pointToUnit } from './code-point-offsets';
import type { ReadTarget } from './w3c-read';

/** The code-unit span of a target in `text`, or why it cannot be placed. */
export function anchorTarget(text: string, target: ReadTarget): TextSpan | string {
  const { position, quote } = target;
  let problem = 'the target has no TextPositionSelector or TextQuoteSelector';
  let hint = 0;
  if (position) {
    const start = pointToUnit(text, position.start);
    const end = pointToUnit(text, position.end);
    if (position.start < 0 || start === undefined || end === undefined) {
      problem = `positions ${position.start}–${position.end} are outside the text`;
    } else if (start >= end) {
      problem = `start ${position.start} is not before end ${position.end}`;
    } else if (!quote || text.slice(start, end) === quote.exact) {
      return { start, end };
    } else {
      problem = 'the quote does not match the text at the given positions';
      hint = start;
    }
  }
  if (!quote || quote.exact === '') return problem;
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const fits =
      Number(text.slice(0, at).endsWith(quote.prefix)) +
      Number(text.slice(at + quote.exact.length).startsWith(quote.suffix));
    const score = fits * text.length * 2 - Math.abs(at - hint);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (!best) return `${problem}, and the quote was not found in the text`;
  return { start: best.start, end: best.start + quote.exact.length };
}
