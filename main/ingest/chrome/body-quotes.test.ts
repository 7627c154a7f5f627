import { describe, expect, it } from 'vitest';
import { quoteBodyRanges, resolveBodyQuotes } from './body-quotes';

const text = ['Title', '', 'Par Jane', 'Body one.', 'Body two.', 'Title', '© 2025'].join('\n');

describe('resolveBodyQuotes', () => {
  it('resolves whole-line quotes to offsets, multi-line quotes disambiguating', () => {
    const [range] = resolveBodyQuotes(text, [{ first: 'Title\n\nPar Jane', last: 'Body two.' }]);
    expect(range).toEqual({ start: 0, end: text.indexOf('Body two.') + 'Body two.'.length });
  });

  it('ignores bullets and outer spaces on the text side', () => {
    const bulleted = '  • Menu\n  Body one.  \nBody two.';
    expect(resolveBodyQuotes(bulleted, [{ first: 'Body one.', last: 'Body two.' }])).toEqual([
      { start: bulleted.indexOf('Body one.'), end: bulleted.length },
    ]);
  });

  it('throws on a missing or ambiguous quote', () => {
    expect(() => resolveBodyQuotes(text, [{ first: 'Title', last: 'Body two.' }])).toThrow(
      /2 times/,
    );
    expect(() => resolveBodyQuotes(text, [{ first: 'Nope', last: 'Body two.' }])).toThrow();
    expect(() => resolveBodyQuotes(text, [{ first: 'Body two.', last: 'Body one.' }])).toThrow();
  });
});

describe('quoteBodyRanges', () => {
  it('writes quotes that resolve back to the same ranges', () => {
    const ranges = resolveBodyQuotes(text, [{ first: 'Title\n\nPar Jane', last: 'Body two.' }]);
    const quotes = quoteBodyRanges(text, ranges);
    expect(quotes).toEqual([{ first: 'Title\n\nPar Jane', last: 'Body two.' }]);
    expect(resolveBodyQuotes(text, quotes)).toEqual(ranges);
  });
});
