import { describe, expect, it } from 'vitest';
import { nameGuid, sha1, uuidV5 } from './name-guid';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('sha1', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(hex(sha1(utf8('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1([]))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });
});

describe('nameGuid', () => {
  it('is the standard version 5 UUID', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313E1-3B8A-5372-9B90-0C9AEE199E5D',
    );
  });

  it('is stable, distinct per name, and of the XSD GUID shape', () => {
    const guid = nameGuid('code:entity.person');
    expect(guid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(nameGuid('code:entity.person')).toBe(guid);
    expect(nameGuid('code:entity.persoN')).not.toBe(guid);
    expect(nameGuid('source:é😀')).toMatch(/^[0-9A-F-]{36}$/);
  });
});
