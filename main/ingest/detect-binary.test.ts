import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectBinary, SNIFF_BYTES } from './detect-binary';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
const withTail = (head: number[]) => Uint8Array.from([...head, ...Array(64).fill(0x41)]);

describe('detectBinary', () => {
  it.each([
    ['PNG', withTail([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['JPEG', withTail([0xff, 0xd8, 0xff, 0xe0]), /JPEG image/],
    ['GIF', text('GIF89a....'), /GIF image/],
    ['PDF', text('%PDF-1.7\n%âãÏÓ'), /PDF document/],
    ['gzip', withTail([0x1f, 0x8b, 0x08, 0x00]), /gzip archive/],
    ['ELF', withTail([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), /ELF executable/],
    ['old Office', withTail([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /Microsoft Office/],
    ['WebP', text('RIFF\u0001\u0002\u0003\u0004WEBPVP8 '), /WebP image/],
    ['MP4', withTail([0, 0, 0, 0x20, ...text('ftypisom')]), /MP4/],
  ])('names a %s file by its signature', (_kind, input, kind) => {
    const verdict = detectBinary(input);
    expect(verdict.isBinary).toBe(true);
    if (verdict.isBinary) expect(verdict.reason).toMatch(kind);
  });

  it('tells a Word document from a plain ZIP archive by the entry names in its header', () => {
    const zipHeader = [0x50, 0x4b, 0x03, 0x04, ...Array(26).fill(0x14)];
    const docx = Uint8Array.from([
      ...zipHeader,
      ...text('[Content_Types].xml...word/document.xml'),
    ]);
    const zip = Uint8Array.from([...zipHeader, ...text('photos/holiday.jpg')]);
    expect(detectBinary(docx)).toEqual({
      isBinary: true,
      reason: 'it looks like a Word document (.docx)',
    });
    expect(detectBinary(zip)).toEqual({ isBinary: true, reason: 'it looks like a ZIP archive' });
  });

  it('refuses random bytes', () => {
    const verdict = detectBinary(randomBytes(4096));
    expect(verdict.isBinary).toBe(true);
  });

  it('refuses a NUL byte in the first 8 KiB, but not one further on', () => {
    const early = text('Un texte ordinaire.\u0000 Suite.');
    expect(detectBinary(early)).toEqual({ isBinary: true, reason: expect.stringMatching(/NUL/) });
    const late = new Uint8Array(SNIFF_BYTES + 10).fill(0x61);
    late[SNIFF_BYTES + 5] = 0;
    expect(detectBinary(late)).toEqual({ isBinary: false });
  });

  it('refuses text made mostly of control characters, without any NUL', () => {
    const noisy = Uint8Array.from({ length: 1000 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
    expect(detectBinary(noisy)).toEqual({
      isBinary: true,
      reason: expect.stringMatching(/control/),
    });
  });

  it('accepts text with tabs, form feeds, CRLF and ANSI colour codes', () => {
    const log = text('col1\tcol2\r\n\u001b[31mred\u001b[0m\fpage 2\n'.repeat(50));
    expect(detectBinary(log)).toEqual({ isBinary: false });
  });

  it('accepts UTF-16 text with a BOM although it is full of NUL bytes', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Bonjour le monde', 'utf16le')]);
    expect(detectBinary(utf16)).toEqual({ isBinary: false });
  });

  it('accepts UTF-8 prose, legacy bytes and empty input', () => {
    expect(detectBinary(text('Dışişleri bakanları İstanbul’da görüştü. 🙂'))).toEqual({
      isBinary: false,
    });
    expect(detectBinary(bytes(0x44, 0xfd, 0xfe, 0x69, 0xfe, 0x6c, 0x65, 0x72, 0x69))).toEqual({
      isBinary: false,
    });
    expect(detectBinary(new Uint8Array())).toEqual({ isBinary: false });
  });

  it('does not mistake texts that start like weak signatures for files', () => {
    expect(detectBinary(text('BMW and MZANSI announce a deal'))).toEqual({ isBinary: false });
    expect(detectBinary(text('ID3 tags explained'))).toEqual({ isBinary: false });
    expect(detectBinary(text('BZh, said the bee'))).toEqual({ isBinary: false });
  });
});
