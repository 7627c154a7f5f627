import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointOffsets } from './code-point-offsets';
import { checkCodePointSpan, parseOffset } from './span-check';

describe('codePointOffsets', () => {
  it('shifts offsets after an emoji and leaves combining marks alone', () => {
    const text = 'a😀e\u0301b';
    const c = codePointOffsets(text);
    expect(c.codePointLength).toBe(5);
    expect(c.toCodePoint(3)).toBe(2);
    expect(c.toCodeUnit(2)).toBe(3);
    expect(c.toCodePoint(2)).toBeUndefined();
    expect(c.toCodePoint(99)).toBeUndefined();
    expect(c.toCodeUnit(6)).toBeUndefined();
    expect(c.toCodeUnit(1.5)).toBeUndefined();
  });

  it('agrees with Array.from on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const c = codePointOffsets(text);
        const points = Array.from(text);
        expect(c.codePointLength).toBe(points.length);
        let unit = 0;
        const units = points.map((p) => (unit += p.length) - p.length);
        expect(points.map((_, i) => c.toCodeUnit(i))).toEqual(units);
        expect(units.map((u) => c.toCodePoint(u))).toEqual(points.map((_, i) => i));
        expect(c.toCodeUnit(points.length)).toBe(text.length);
      }),
    );
  });
});

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
