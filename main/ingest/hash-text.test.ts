import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';
import { normaliseText } from '../../renderer/src/text/normal-form';

describe('hashText', () => {
  it('is the SHA-256 hex of the UTF-8 bytes', () => {
    expect(hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes characters as UTF-8, not as UTF-16 code units', () => {
    const utf8Bytes = Buffer.from([0xc3, 0xa9]);
    expect(hashText('é')).toBe(createHash('sha256').update(utf8Bytes).digest('hex'));
    expect(hashText('é')).not.toBe(hashText('e\u0301'));
  });

  it('gives CRLF and LF copies of one article the same hash once normalised', () => {
    const lf = 'Titre\n\nPremier paragraphe.\nSecond paragraphe.\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    expect(hashText(crlf)).not.toBe(hashText(lf));
    expect(hashText(normaliseText(crlf))).toBe(hashText(normaliseText(lf)));
  });

  it('gives decomposed and composed accents the same hash once normalised', () => {
    expect(hashText(normaliseText('Bakou, de\u0301claration'))).toBe(
      hashText(normaliseText('Bakou, déclaration')),
    );
  });
});
