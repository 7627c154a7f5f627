import { describe, expect, it } from 'vitest';
import {
  complementRanges,
  countInkChars,
  intersectRanges,
  markAsBody,
  markAsChrome,
  normaliseRanges,
} from './body-ranges';

describe('normaliseRanges', () => {
  it('sorts, drops empty and inverted ranges, and merges overlapping or touching ones', () => {
    const input = [
      { start: 20, end: 30 },
      { start: 5, end: 5 },
      { start: 0, end: 10 },
      { start: 10, end: 12 },
      { start: 25, end: 40 },
      { start: 50, end: 45 },
    ];
    expect(normaliseRanges(input)).toEqual([
      { start: 0, end: 12 },
      { start: 20, end: 40 },
    ]);
    expect(input[0]).toEqual({ start: 20, end: 30 });
  });
});

describe('markAsBody', () => {
  it('adds a span, joining the ranges it bridges', () => {
    const body = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(markAsBody(body, { start: 8, end: 22 })).toEqual([{ start: 0, end: 30 }]);
    expect(markAsBody(body, { start: 40, end: 50 })).toHaveLength(3);
    expect(markAsBody(body, { start: 5, end: 5 })).toEqual(body);
  });
});

describe('markAsChrome', () => {
  const body = [{ start: 0, end: 100 }];

  it('splits a range around a span in its middle', () => {
    expect(markAsChrome(body, { start: 40, end: 60 })).toEqual([
      { start: 0, end: 40 },
      { start: 60, end: 100 },
    ]);
  });

  it('trims ranges at either end and removes covered ones', () => {
    expect(markAsChrome(body, { start: 0, end: 30 })).toEqual([{ start: 30, end: 100 }]);
    expect(markAsChrome(body, { start: 90, end: 200 })).toEqual([{ start: 0, end: 90 }]);
    expect(markAsChrome(body, { start: 0, end: 100 })).toEqual([]);
  });

  it('is undone by markAsBody of the same span', () => {
    const span = { start: 40, end: 60 };
    expect(markAsBody(markAsChrome(body, span), span)).toEqual(body);
  });
});

describe('range arithmetic', () => {
  it('complements and intersects', () => {
    const body = [{ start: 10, end: 20 }];
    expect(complementRanges(body, 30)).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    expect(complementRanges([], 0)).toEqual([]);
    expect(intersectRanges(body, [{ start: 15, end: 40 }])).toEqual([{ start: 15, end: 20 }]);
  });

  it('counts only non-space characters', () => {
    expect(countInkChars('ab  \n\n cd', [{ start: 0, end: 9 }])).toBe(4);
  });
});
