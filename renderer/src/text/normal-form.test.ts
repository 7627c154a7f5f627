import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithMap } from './normal-form';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('un\r\ndeux\rtrois\n\r\nquatre')).toBe('un\ndeux\ntrois\n\nquatre');
  });

  it('composes decomposed accents to NFC', () => {
    const decomposed = 'Le ministre a de\u0301clare\u0301';
    const result = normaliseText(decomposed);
    expect(result).toBe('Le ministre a déclaré');
    expect(result.length).toBe(decomposed.length - 2);
  });

  it('removes BOMs, NUL, C0 controls and noncharacters but keeps tab and LF', () => {
    expect(normaliseText('\ufeffa\u0000b\u0007c\td\u000be\u000cf\u001fg\ufffeh\uffffi\nj')).toBe(
      'abc\tdefghi\nj',
    );
  });

  it('keeps emoji, combining marks without a composed form, and spacing as they are', () => {
    const text = '  Drapeau 🇦🇿 et famille 👨‍👩‍👧 · q\u0307\u0323 ·  \n\n\n  fin  ';
    expect(normaliseText(text)).toBe(text.normalize('NFC'));
    expect(normaliseText(text)).toContain('👨‍👩‍👧');
    expect(normaliseText(text)).toContain('\n\n\n  fin  ');
  });

  it('is idempotent', () => {
    const once = normaliseText('x\r\ne\u0301\u0000');
    expect(normaliseText(once)).toBe(once);
  });
});

describe('normaliseWithMap', () => {
  it('maps offsets after a byte order mark one unit back, as the PTC corpus needs', () => {
    // PTC counts the BOM: "Trump" is at code points 1-6 of the file as given.
    const map = normaliseWithMap('\ufeffTrump said\r\nno');
    expect(map.text).toBe('Trump said\nno');
    expect(map.toNormal(1, 'start')).toEqual({ offset: 0, exact: true });
    expect(map.toNormal(6, 'end')).toEqual({ offset: 5, exact: true });
    // After the CRLF: "no" is at 13-15 as given, 11-13 stored.
    expect(map.toNormal(13, 'start')).toEqual({ offset: 11, exact: true });
    expect(map.toNormal(15, 'end')).toEqual({ offset: 13, exact: true });
  });

  it('maps stored offsets back to the file as given, BOM and CR included', () => {
    const map = normaliseWithMap('\ufeffTrump said\r\nno');
    expect(map.toGiven(0, 'start')).toEqual({ offset: 1, exact: true });
    expect(map.toGiven(5, 'end')).toEqual({ offset: 6, exact: true });
    expect(map.toGiven(11, 'start')).toEqual({ offset: 13, exact: true });
    // A span ending at the line break ends before the CR, not between CR and LF.
    expect(map.toGiven(10, 'end')).toEqual({ offset: 11, exact: true });
  });

  it('says when an offset falls between a letter and the accent NFC composed with it', () => {
    const map = normaliseWithMap('e\u0301tat 😀 ok');
    expect(map.text).toBe('état 😀 ok');
    expect(map.toNormal(1, 'start')).toEqual({ offset: 0, exact: false });
    expect(map.toNormal(1, 'end')).toEqual({ offset: 1, exact: false });
    expect(map.toNormal(2, 'start')).toEqual({ offset: 1, exact: true });
    // The emoji (two code units) and what follows shift by one unit.
    expect(map.toNormal(6, 'start')).toEqual({ offset: 5, exact: true });
    expect(map.toNormal(8, 'end')).toEqual({ offset: 7, exact: true });
  });

  it('answers identity for text already in normal form, Arabic included', () => {
    const map = normaliseWithMap('قال الوزير إن 👍🏽 الاتفاق');
    expect(map.isIdentity).toBe(true);
    expect(map.toNormal(4, 'start')).toEqual({ offset: 4, exact: true });
    expect(map.toNormal(999, 'start')).toBeUndefined();
  });

  it('refuses offsets that are not positions of the text', () => {
    const map = normaliseWithMap('\ufeffabc');
    expect(map.toNormal(5, 'end')).toBeUndefined();
    expect(map.toNormal(-1, 'start')).toBeUndefined();
    expect(map.toNormal(1.5, 'start')).toBeUndefined();
  });

  const piece = fc.constantFrom(
    'a',
    'Le ',
    'e\u0301',
    '\u0301',
    '\r\n',
    '\r',
    '\n',
    '\ufeff',
    '\u0000',
    '😀',
    '👨‍👩‍👧',
    'قال ',
    'ש',
    'q\u0307\u0323',
    '\u1100\u1161',
    'İı',
  );
  const givenText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('normalises exactly as normaliseText does, whatever the text', () => {
    fc.assert(
      fc.property(givenText, (given) => {
        expect(normaliseWithMap(given).text).toBe(normaliseText(given));
      }),
    );
  });

  it('carries every exactly mapped span to the same characters, both ways', () => {
    fc.assert(
      fc.property(givenText, fc.nat(), fc.nat(), (given, a, b) => {
        const map = normaliseWithMap(given);
        const [s, e] = [a % (given.length + 1), b % (given.length + 1)].sort((x, y) => x - y);
        const start = map.toNormal(s!, 'start')!;
        const end = map.toNormal(e!, 'end')!;
        expect(start.offset).toBeLessThanOrEqual(end.offset + (start.exact ? 0 : 1));
        if (start.exact && end.exact && start.offset <= end.offset) {
          expect(map.text.slice(start.offset, end.offset)).toBe(normaliseText(given.slice(s, e)));
        }
        const [ns, ne] = [a % (map.text.length + 1), b % (map.text.length + 1)].sort(
          (x, y) => x - y,
        );
        const gs = map.toGiven(ns!, 'start')!;
        const ge = map.toGiven(ne!, 'end')!;
        if (gs.exact && ge.exact && gs.offset <= ge.offset) {
          expect(normaliseText(given.slice(gs.offset, ge.offset))).toBe(map.text.slice(ns, ne));
        }
      }),
      { numRuns: 500 },
    );
  });
});
