import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointToCodeUnit,
  codeUnitToCodePoint,
  createCodePointConverter,
  splitsSurrogatePair,
} from './code-points';

describe('createCodePointConverter', () => {
  it('is the identity on BMP text, including Azerbaijani and Turkish letters', () => {
    const text = 'İlham Əliyev, Şuşa, ğ ı ö ü ç';
    const converter = createCodePointConverter(text);
    expect(converter.codePointLength).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(converter.toCodePoint(i)).toBe(i);
      expect(converter.toCodeUnit(i)).toBe(i);
    }
  });

  it('counts an emoji as one code point and two code units', () => {
    const text = 'a😀b';
    const converter = createCodePointConverter(text);
    expect(converter.codeUnitLength).toBe(4);
    expect(converter.codePointLength).toBe(3);
    expect(converter.toCodePoint(3)).toBe(2);
    expect(converter.toCodePoint(4)).toBe(3);
    expect(converter.toCodeUnit(2)).toBe(3);
  });

  it('counts a flag as two code points (two regional indicators)', () => {
    const text = 'x🇦🇿y';
    const converter = createCodePointConverter(text);
    expect(converter.codePointLength).toBe(4);
    expect(converter.toCodePoint(text.indexOf('y'))).toBe(3);
    expect(converter.toCodeUnit(3)).toBe(text.indexOf('y'));
  });

  it('counts a combining mark as its own code point, as the formats do', () => {
    const text = 'cafe\u0301 noir';
    const converter = createCodePointConverter(text);
    expect(converter.toCodePoint(5)).toBe(5);
    expect(converter.codePointLength).toBe(text.length);
  });

  it('throws a RangeError inside a surrogate pair and outside the text', () => {
    const converter = createCodePointConverter('a😀b');
    expect(() => converter.toCodePoint(2)).toThrow(/inside a surrogate pair/);
    expect(() => converter.toCodePoint(5)).toThrow(RangeError);
    expect(() => converter.toCodePoint(-1)).toThrow(RangeError);
    expect(() => converter.toCodePoint(1.5)).toThrow(RangeError);
    expect(() => converter.toCodeUnit(4)).toThrow(RangeError);
  });

  it('treats a lone surrogate as one character', () => {
    const text = 'a\ud800b';
    expect(splitsSurrogatePair(text, 2)).toBe(false);
    expect(codeUnitToCodePoint(text, 3)).toBe(3);
  });

  it('agrees with Array.from on random text, both ways', () => {
    // Lone halves too: adjacent ones pair up, others count as one character each.
    const alphabet = fc.constantFrom(
      ...['a', 'é', 'e\u0301', '😀', '🇦🇿', 'İ', 'ş', '\n', 'ع', '\ud83d', '\ude00'],
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const converter = createCodePointConverter(text);
        const points = Array.from(text);
        expect(converter.codePointLength).toBe(points.length);
        let unit = 0;
        const boundaries = new Set<number>();
        for (let point = 0; point <= points.length; point++) {
          expect(converter.toCodePoint(unit)).toBe(point);
          expect(converter.toCodeUnit(point)).toBe(unit);
          boundaries.add(unit);
          unit += points[point]?.length ?? 0;
        }
        // Every other offset is inside a pair, however its lone neighbours fell.
        for (let at = 0; at <= text.length; at++)
          if (!boundaries.has(at)) expect(() => converter.toCodePoint(at)).toThrow(RangeError);
      }),
    );
  });

  it('converts many offsets of a large text quickly', () => {
    const text = 'Ölkə 😀 xəbərləri. '.repeat(60_000);
    const started = performance.now();
    const converter = createCodePointConverter(text);
    let sum = 0;
    for (let point = 0; point < converter.codePointLength; point += 7) {
      sum += converter.toCodePoint(converter.toCodeUnit(point));
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('single conversions', () => {
  it('convert one offset each way', () => {
    expect(codeUnitToCodePoint('😀😀x', 4)).toBe(2);
    expect(codePointToCodeUnit('😀😀x', 2)).toBe(4);
  });
});
