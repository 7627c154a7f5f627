import { describe, expect, it } from 'vitest';
import { isInChrome } from './in-chrome';

describe('isInChrome', () => {
  const chrome = [
    { start: 0, end: 20 },
    { start: 100, end: 140 },
  ];
  it('finds hits inside or across a chrome range', () => {
    expect(isInChrome({ start: 5, end: 10 }, chrome)).toBe(true);
    expect(isInChrome({ start: 95, end: 105 }, chrome)).toBe(true);
  });
  it('leaves hits in the article body alone, also right beside chrome', () => {
    expect(isInChrome({ start: 20, end: 30 }, chrome)).toBe(false);
    expect(isInChrome({ start: 90, end: 100 }, chrome)).toBe(false);
    expect(isInChrome({ start: 5, end: 10 }, [])).toBe(false);
  });
});
