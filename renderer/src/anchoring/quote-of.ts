/** Building a `TextQuote` from a span of a text, as annotations store it. */
import { QUOTE_CONTEXT_LENGTH, type TextQuote, type TextSpan } from '../annotation/types';

/**
 * The quote of `span` in `text` with up to `QUOTE_CONTEXT_LENGTH` code units of context
 * each side. Context is cut in code units, like the rest of the model; a cut through a
 * surrogate pair only lowers a context score slightly, it never moves a placement.
 */
export function quoteOf(text: string, span: TextSpan): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH),
  };
}
