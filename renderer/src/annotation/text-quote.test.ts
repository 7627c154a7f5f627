import { describe, expect, it } from 'vitest';
import { buildTextQuote } from './text-quote';
import { QUOTE_CONTEXT_LENGTH } from './types';

describe('buildTextQuote', () => {
  it('keeps QUOTE_CONTEXT_LENGTH code units of context on each side', () => {
    const text = 'a'.repeat(50) + 'EXACT' + 'b'.repeat(50);
    const quote = buildTextQuote(text, { start: 50, end: 55 });
    expect(quote).toEqual({
      exact: 'EXACT',
      prefix: 'a'.repeat(QUOTE_CONTEXT_LENGTH),
      suffix: 'b'.repeat(QUOTE_CONTEXT_LENGTH),
    });
  });

  it('keeps shorter context at the text edges', () => {
    expect(buildTextQuote('Le ministre a dit', { start: 3, end: 11 })).toEqual({
      exact: 'ministre',
      prefix: 'Le ',
      suffix: ' a dit',
    });
  });

  it('never cuts an emoji at the context edges', () => {
    // With 4 units of context, both edges would fall inside an emoji.
    const text = 'x😀abcWORDabc😀x';
    const start = text.indexOf('WORD');
    const quote = buildTextQuote(text, { start, end: start + 4 }, 4);
    expect(quote).toEqual({ exact: 'WORD', prefix: 'abc', suffix: 'abc' });
    const wider = buildTextQuote(text, { start, end: start + 4 }, 5);
    expect(wider).toEqual({ exact: 'WORD', prefix: '😀abc', suffix: 'abc😀' });
  });

  it('throws a RangeError for an invalid span', () => {
    expect(() => buildTextQuote('abc', { start: 2, end: 1 })).toThrow(RangeError);
    expect(() => buildTextQuote('a😀', { start: 0, end: 2 })).toThrow(/middle of a character/);
  });
});
