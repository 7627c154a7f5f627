import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../../tests/fixtures/ingest/make-documents';
import { checkZipExpansion, readSmallPart } from './zip-guard';

describe('checkZipExpansion', () => {
  it('lists the parts of a small document', () => {
    const check = checkZipExpansion(makeDocx({ paragraphs: ['Un paragraphe.'] }), 1024 * 1024);
    expect(check.kind).toBe('ok');
    if (check.kind === 'ok') {
      expect(check.entries.map((e) => e.name)).toContain('word/document.xml');
    }
  });

  it('stops inflating at the limit, whatever the sizes the directory declares', () => {
    const docx = makeDocx({ paragraphs: ['x'], paddingBytes: 2 * 1024 * 1024 });
    // Make the directory lie: declared size 1 byte for every part.
    const lying = new Uint8Array(docx);
    const data = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at++) {
      if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, 1, true);
    }
    expect(checkZipExpansion(lying, 256 * 1024)).toMatchObject({ kind: 'too-large' });
  });

  it('answers corrupt for no zip, no document, or a truncated archive', () => {
    expect(checkZipExpansion(strToU8('hello'), 1024).kind).toBe('corrupt');
    const noDocument = zipSync({ 'a.xml': strToU8('<a/>') });
    expect(checkZipExpansion(noDocument, 1024)).toMatchObject({
      kind: 'corrupt',
      why: expect.stringMatching(/no word\/document\.xml/),
    });
    const docx = makeDocx({ paragraphs: ['Un paragraphe.'] });
    expect(checkZipExpansion(docx.subarray(0, docx.length - 30), 1024).kind).toBe('corrupt');
  });

  it('reads a small part and refuses one past its limit', () => {
    const docx = makeDocx({ paragraphs: ['x'], core: { creator: 'Jane Doe' } });
    const check = checkZipExpansion(docx, 1024 * 1024);
    if (check.kind !== 'ok') throw new Error(check.kind);
    expect(readSmallPart(docx, check.entries, 'docProps/core.xml', 4096)).toContain('Jane Doe');
    expect(readSmallPart(docx, check.entries, 'docProps/core.xml', 10)).toBeUndefined();
  });
});
