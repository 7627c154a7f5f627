import { sha1 } from '@noble/hashes/legacy.js';
import { describe, expect, it } from 'vitest';
import { sha1Of } from './short-sha1';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
// The reference: @noble/hashes, the audited SHA-1 the export used before.
const reference = (prefix: Uint8Array, text: string) =>
  hex(sha1.create().update(prefix).update(new TextEncoder().encode(text)).digest());

describe('sha1Of', () => {
  it('gives the FIPS 180 test vectors', () => {
    const none = new Uint8Array(0);
    expect(hex(sha1Of(none, 'abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1Of(none, ''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1Of(none, 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('equals @noble/hashes on every length around the block boundaries, ASCII or not', () => {
    // Lengths 0 to 300 bytes cross the 55/56/64-byte padding edges several times; the
    // second alphabet has 2-, 3- and 4-byte UTF-8 characters and a lone surrogate.
    const prefix = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    const alphabets = ['abcdefghij0123456789:-.', 'aé€😀\uD800ß:'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const alphabet of alphabets) {
      const chars = [...alphabet];
      for (let length = 0; length <= 300; length++) {
        let text = '';
        for (let i = 0; i < length; i++) text += chars[next() % chars.length];
        expect(hex(sha1Of(prefix, text)), `${length}: ${text}`).toBe(reference(prefix, text));
      }
    }
  });

  it('is not confused by a long message before a short one (its buffer is reused)', () => {
    const prefix = new Uint8Array([1, 2, 3]);
    const long = 'x'.repeat(5_000);
    expect(hex(sha1Of(prefix, long))).toBe(reference(prefix, long));
    expect(hex(sha1Of(prefix, 'y'))).toBe(reference(prefix, 'y'));
  });
});
