import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../../tests/fixtures/ingest/make-documents';
import { checkZipExpansion, readSmallPart } from './zip-guard';

const MB = 1024 * 1024;
const limits = (maxPartBytes: number, maxTotalBytes = maxPartBytes * 2) => ({
  maxPartBytes,
  maxTotalBytes,
});

/** The offset of the end-of-central-directory record of `zip`. */
function endRecord(zip: Uint8Array): number {
  const data = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--)
    if (data.getUint32(at, true) === 0x06054b50) return at;
  throw new Error('no end record');
}

function edit(zip: Uint8Array, change: (data: DataView, eocd: number) => void): Uint8Array {
  const copy = new Uint8Array(zip);
  change(new DataView(copy.buffer), endRecord(copy));
  return copy;
}

/**
 * `bomb` behind a prefix holding `decoy`'s entries and directory, placed where `bomb`'s
 * end record says its directory is. jszip sees the prefix, shifts every offset by its
 * length and reads `bomb`; a reader taking the offsets as written reads `decoy`.
 */
function behindDecoy(bomb: Uint8Array, decoy: Uint8Array): Uint8Array {
  const read = (zip: Uint8Array) => {
    const data = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = endRecord(zip);
    return { size: data.getUint32(eocd + 12, true), offset: data.getUint32(eocd + 16, true) };
  };
  const target = read(bomb);
  const own = read(decoy);
  expect(own.offset).toBeLessThan(target.offset);
  const prefix = new Uint8Array(target.offset + own.size);
  prefix.set(decoy.subarray(0, own.offset));
  prefix.set(decoy.subarray(own.offset, own.offset + own.size), target.offset);
  const joined = new Uint8Array(prefix.length + bomb.length);
  joined.set(prefix);
  joined.set(bomb, prefix.length);
  return joined;
}

describe('checkZipExpansion', () => {
  it('lists the parts of a small document', () => {
    const check = checkZipExpansion(makeDocx({ paragraphs: ['Un paragraphe.'] }), limits(MB));
    expect(check.kind).toBe('ok');
    if (check.kind === 'ok') {
      expect(check.entries.map((e) => e.name)).toContain('word/document.xml');
    }
  });

  it('stops inflating at the limit, whatever the sizes the directory declares', () => {
    const docx = makeDocx({ paragraphs: ['x'], paddingBytes: 2 * MB });
    // Make the directory lie: declared size 1 byte for every part.
    const lying = new Uint8Array(docx);
    const data = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at++) {
      if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, 1, true);
    }
    expect(checkZipExpansion(lying, limits(256 * 1024))).toMatchObject({ kind: 'too-large' });
  });

  it('bounds the document part whatever its name (word/main.bin named by _rels/.rels)', () => {
    const bomb = makeDocx({
      paragraphs: ['x'],
      paddingChars: 2 * MB,
      documentPart: 'word/main.bin',
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(checkZipExpansion(bomb, limits(MB, 4 * MB))).toEqual({
      kind: 'too-large',
      what: 'one of its parts expands to more than 1 MB (a zip bomb?)',
    });
  });

  it('bounds all the parts together, each under its own limit', () => {
    const parts = Object.fromEntries(
      ['a.bin', 'b.bin', 'c.bin'].map((name) => [name, new Uint8Array(0.9 * MB)]),
    );
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'), ...parts });
    expect(checkZipExpansion(zip, limits(MB, 2 * MB))).toEqual({
      kind: 'too-large',
      what: 'its parts expand to more than 2 MB (a zip bomb?)',
    });
  });

  it('refuses a part whose declared size is over the limit, even if it inflates to less', () => {
    const docx = makeDocx({ paragraphs: ['x'] });
    const lying = new Uint8Array(docx);
    const data = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at++) {
      if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, 3 * MB, true);
    }
    expect(checkZipExpansion(lying, limits(2 * MB, 100 * MB))).toMatchObject({
      kind: 'too-large',
      what: expect.stringMatching(/^one of its parts expands/),
    });
  });

  it('refuses archives jszip would read differently: hidden records, a misplaced directory, ZIP64', () => {
    const bomb = makeDocx({
      paragraphs: ['x'],
      paddingChars: 2 * MB,
      documentPart: 'word/main.bin',
    });
    // The end record counts one record fewer than the directory holds: jszip reads them all.
    const hidden = edit(bomb, (data, eocd) => {
      data.setUint16(eocd + 8, data.getUint16(eocd + 8, true) - 1, true);
      data.setUint16(eocd + 10, data.getUint16(eocd + 10, true) - 1, true);
    });
    expect(checkZipExpansion(hidden, limits(MB))).toEqual({
      kind: 'corrupt',
      why: 'its zip directory is damaged',
    });
    // As many records as the bomb: a reader that takes the offsets as written finds them all.
    const decoy = makeDocx({ paragraphs: ['Un paragraphe.'], documentPart: 'word/main.bin' });
    expect(checkZipExpansion(behindDecoy(bomb, decoy), limits(MB))).toEqual({
      kind: 'corrupt',
      why: 'its zip directory is misplaced',
    });
    const zip64 = edit(bomb, (data, eocd) => data.setUint16(eocd + 4, 0xffff, true));
    expect(checkZipExpansion(zip64, limits(MB))).toMatchObject({
      kind: 'corrupt',
      why: expect.stringMatching(/ZIP64/),
    });
  });

  it('answers corrupt for no zip, no document, or a truncated archive', () => {
    expect(checkZipExpansion(strToU8('hello'), limits(1024)).kind).toBe('corrupt');
    const noDocument = zipSync({ 'a.xml': strToU8('<a/>') });
    expect(checkZipExpansion(noDocument, limits(1024))).toMatchObject({
      kind: 'corrupt',
      why: expect.stringMatching(/no word\/document\.xml/),
    });
    const docx = makeDocx({ paragraphs: ['Un paragraphe.'] });
    expect(checkZipExpansion(docx.subarray(0, docx.length - 30), limits(1024)).kind).toBe(
      'corrupt',
    );
  });

  it('reads a small part and refuses one past its limit', () => {
    const docx = makeDocx({ paragraphs: ['x'], core: { creator: 'Jane Doe' } });
    const check = checkZipExpansion(docx, limits(MB));
    if (check.kind !== 'ok') throw new Error(check.kind);
    expect(readSmallPart(docx, check.entries, 'docProps/core.xml', 4096)).toContain('Jane Doe');
    expect(readSmallPart(docx, check.entries, 'docProps/core.xml', 10)).toBeUndefined();
  });
});
