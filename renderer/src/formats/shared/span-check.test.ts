import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../annotation/types';
import { codePointOffsets } from './code-point-offsets';
import { checkAgainstArticle, checkCodePointSpan, parseOffset } from './span-check';

describe('checkCodePointSpan', () => {
  const c = codePointOffsets('😀 hello');
  it('converts and refuses bad offsets with reasons', () => {
    expect(checkCodePointSpan(c, 2, 7)).toEqual({ ok: true, span: { start: 3, end: 8 } });
    expect(checkCodePointSpan(c, 5, 2)).toMatchObject({ ok: false });
    expect(checkCodePointSpan(c, 0, 8)).toMatchObject({ ok: false, reason: /beyond/ });
    expect(checkCodePointSpan(c, -1, 2)).toMatchObject({ ok: false, reason: /negative/ });
    expect(checkCodePointSpan(c, 0, 1e300)).toMatchObject({ ok: false });
    expect(checkCodePointSpan(c, '0', 2)).toMatchObject({ ok: false });
  });
  it('parses offsets strictly', () => {
    expect(parseOffset('12')).toBe(12);
    expect(parseOffset('1e3')).toBeUndefined();
    expect(parseOffset('99999999999999999999')).toBeUndefined();
  });
});

describe('checkAgainstArticle', () => {
  const at = (start: number, end: number, exact: string) =>
    ({
      kind: 'span',
      span: { start, end },
      quote: { exact, prefix: '', suffix: '' },
    }) as Annotation;
  it('accepts a span whose quote is the text it covers', () => {
    expect(checkAgainstArticle(at(3, 5, 'ab'), { text: '😀 ab' })).toBeUndefined();
    expect(checkAgainstArticle(at(3, 5, 'zz'), { textLength: 5 })).toBeUndefined();
    expect(checkAgainstArticle(at(0, 9, 'zz'), {})).toBeUndefined();
  });
  it('gives the first problem in the order negative, inverted, too long, quote', () => {
    expect(checkAgainstArticle(at(-1, 9, 'x'), { textLength: 2 })).toMatch(/negative/);
    expect(checkAgainstArticle(at(3, 1, 'x'), { textLength: 2 })).toMatch(/not before/);
    expect(checkAgainstArticle(at(0, 3, 'x'), { textLength: 2 })).toMatch(/past the end/);
    expect(checkAgainstArticle(at(0, 1, 'x'), { text: 'ab' })).toMatch(/does not match/);
  });
});
