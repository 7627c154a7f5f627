/**
 * Anchors an imported W3C span in the article text: code-point positions first, checked
 * against the quote; when they disagree or are missing, the quote is looked up and the
 * occurrence whose prefix and suffix fit best (then the nearest) wins.
 */
import type { TextSpan } from '../../annotation/types';
import type { CodePointOffsets } from '../shared/code-point-offsets';
import { createQuoteOccurrences, type QuoteOccurrences } from './quote-occurrences';
import type { ReadTarget } from './w3c-read';

/**
 * The code-unit span of a target in `text`, or why it cannot be placed. `offsets` is the
 * converter of `text` and `occurrences` its quote index, both built once per article and
 * shared by all its annotations (an index is made here when none is given).
 */
export function anchorTarget(
  text: string,
  offsets: CodePointOffsets,
  target: ReadTarget,
  occurrences?: QuoteOccurrences,
): TextSpan | string {
  const { position, quote } = target;
  let problem = 'the target has no TextPositionSelector or TextQuoteSelector';
  let hint = 0;
  if (position) {
    const outside = `positions ${position.start}–${position.end} are outside the text`;
    const start = offsets.toCodeUnit(position.start);
    const end = offsets.toCodeUnit(position.end);
    // Order before the end's range, so a negative end reads as inverted, not as outside.
    if (start === undefined) {
      problem = outside;
    } else if (position.start >= position.end) {
      problem = `start ${position.start} is not before end ${position.end}`;
    } else if (end === undefined) {
      problem = outside;
    } else if (!quote || text.slice(start, end) === quote.exact) {
      return { start, end };
    } else {
      problem = 'the quote does not match the text at the given positions';
      hint = start;
    }
  }
  if (!quote || quote.exact === '') return problem;
  const start = (occurrences ?? createQuoteOccurrences(text)).bestFit(quote, hint);
  if (start === undefined) return `${problem}, and the quote was not found in the text`;
  return { start, end: start + quote.exact.length };
}
