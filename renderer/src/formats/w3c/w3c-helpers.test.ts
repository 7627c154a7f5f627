import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../shared/code-point-offsets';
import { niIriFromSha256Hex, sha256HexFromNiIri } from './ni-iri';
import { anchorTarget } from './w3c-anchor';

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

describe('anchorTarget', () => {
  const text = 'I 😀 said hello';
  const offsets = codePointOffsets(text);
  const quote = { exact: 'hello', prefix: '', suffix: '' };

  it('places code-point positions that fit the quote', () => {
    expect(anchorTarget(text, offsets, { position: { start: 9, end: 14 }, quote })).toEqual({
      start: 10,
      end: 15,
    });
  });

  it('explains positions it cannot use', () => {
    const at = (start: number, end: number) =>
      anchorTarget(text, offsets, { position: { start, end } });
    expect(at(-1, 3)).toMatch(/outside the text/);
    expect(at(0, 15)).toMatch(/outside the text/);
    expect(at(16, 20)).toMatch(/outside the text/);
    expect(at(5, 2)).toMatch(/not before/);
    expect(at(0, -1)).toMatch(/not before/);
  });
});
