import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointLength, pointToUnit, unitToPoint } from './code-point-offsets';
import { niIriFromSha256Hex, sha256HexFromNiIri } from './ni-iri';

describe('code-point offsets', () => {
  it('agrees with Array.from on code-point boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const points = Array.from(text);
        expect(pointLength(text)).toBe(points.length);
        let unit = 0;
        points.forEach((ch, point) => {
          expect(unitToPoint(text, unit)).toBe(point);
          expect(pointToUnit(text, point)).toBe(unit);
          unit += ch.length;
        });
        expect(pointToUnit(text, points.length + 1)).toBeUndefined();
      }),
    );
  });

  it('counts an emoji as one point and a combining mark as its own', () => {
    expect(unitToPoint('😀a', 3)).toBe(2);
    expect(pointToUnit('e\u0301x', 2)).toBe(2);
  });
});

describe('ni IRIs', () => {
  it('round-trips any SHA-256 digest', () => {
    const hex = fc
      .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(hex, (digest) => {
        const iri = niIriFromSha256Hex(digest);
        expect(iri).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
        expect(sha256HexFromNiIri(iri)).toBe(digest);
      }),
    );
  });

  it('ignores other IRIs', () => {
    expect(sha256HexFromNiIri('https://example.org/')).toBeUndefined();
  });
});
