/**
 * The quote half of a portable anchor (Hypothesis' TextQuoteSelector): the exact text of a
 * span with some context on each side, so the annotation can be found again in a changed
 * text or a colleague's copy.
 */
import { splitsSurrogatePair } from './code-points';
import { validateSpan } from './span-validation';
import { QUOTE_CONTEXT_LENGTH, type TextQuote, type TextSpan } from './types';

/**
 * The quote of `span` in `text`: `exact` is the span's text, `prefix` and `suffix` hold up
 * to `contextLength` code units around it, one fewer where the full length would cut an
 * emoji in half (a half surrogate would not survive JSON export). Throws a RangeError, with
 * the validation message, for a span that `validateSpan` refuses.
 */
export function buildTextQuote(
  text: string,
  span: TextSpan,
  contextLength: number = QUOTE_CONTEXT_LENGTH,
): TextQuote {
  const validation = validateSpan(span, text);
  if (!validation.ok) throw new RangeError(validation.message);
  let prefixStart = Math.max(0, span.start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, span.end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(prefixStart, span.start),
    suffix: text.slice(span.end, suffixEnd),
  };
}
