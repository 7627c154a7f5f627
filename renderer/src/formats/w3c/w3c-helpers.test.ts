import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { codePointOffsets } from '../shared/code-point-offsets';
import { niIriFromSha256Hex, sha256HexFromNiIri } from './ni-iri';
import { utcDateTime } from './utc-time';
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

  it('spells each digest once, however the digests alternate', () => {
    // A W3C export in annotation id order names its articles' texts in turn, not in runs.
    const digests = ['1a', '2b', '3c'].map((d) => d.repeat(32));
    const btoa = vi.spyOn(globalThis, 'btoa');
    const iris = [0, 1, 2, 0, 1, 2, 1, 0].map((n) => niIriFromSha256Hex(digests[n]!));
    const spelled = btoa.mock.calls.length;
    btoa.mockRestore();
    expect(spelled).toBe(3);
    expect(iris.slice(3)).toEqual([0, 1, 2, 1, 0].map((n) => iris[n]));
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

describe('utcDateTime', () => {
  const viaDate = (timestamp: string) => {
    const date = new Date(timestamp);
    return Number.isNaN(date.getTime()) ? timestamp : date.toISOString();
  };

  it('spells any timestamp as toISOString does, however it was written', () => {
    // fast-check 4 draws an Invalid Date now and then unless told not to: its toISOString
    // throws: 212 in 200,000 draws, so about one run of the property in twelve failed.
    // Unreadable text is `fc.string`'s to draw.
    const instants = fc.date({
      min: new Date(0),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    const spellings = fc.oneof(
      instants.map((d) => d.toISOString()),
      instants.map((d) => d.toISOString().replace('Z', '+02:00')),
      instants.map((d) => d.toISOString().slice(0, 19)),
      instants.map((d) => d.toUTCString()),
      fc.string(),
    );
    fc.assert(
      fc.property(spellings, (t) => {
        expect(utcDateTime(t)).toBe(viaDate(t));
      }),
    );
    for (const t of [
      '2026-02-29T10:00:00.000Z',
      '2024-02-29T10:00:00.000Z',
      '2026-04-31T10:00:00.000Z',
      '2026-12-31T24:00:00.000Z',
      '2026-13-01T10:00:00.000Z',
      '2026-01-01T10:00:60.000Z',
      'not a date',
    ])
      expect(utcDateTime(t)).toBe(viaDate(t));
  });
});
