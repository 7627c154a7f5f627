import { describe, expect, it } from 'vitest';
import { sniffHtmlCharset } from './sniff-html-charset';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('sniffHtmlCharset', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(sniffHtmlCharset(bytes('<html><head><meta charset="windows-1254">'))).toBe(
      'windows-1254',
    );
    expect(
      sniffHtmlCharset(
        bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=KOI8-R">'),
      ),
    ).toBe('KOI8-R');
  });

  it('maps ISO labels to the Windows encodings browsers use', () => {
    expect(sniffHtmlCharset(bytes("<meta charset='ISO-8859-1'>"))).toBe('windows-1252');
    expect(sniffHtmlCharset(bytes('<meta charset=iso-8859-9>'))).toBe('windows-1254');
  });

  it('answers the label itself for names of Object.prototype members', () => {
    for (const label of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(sniffHtmlCharset(bytes(`<meta charset="${label}">`))).toBe(label.toLowerCase());
    }
  });

  it('answers undefined without a declaration, or one after the first 4 KiB', () => {
    expect(
      sniffHtmlCharset(bytes('<p>charset=utf-8 in prose is not a meta tag</p>')),
    ).toBeUndefined();
    expect(
      sniffHtmlCharset(bytes(`${' '.repeat(5000)}<meta charset="windows-1251">`)),
    ).toBeUndefined();
  });
});
