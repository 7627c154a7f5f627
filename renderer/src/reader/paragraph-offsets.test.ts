import { describe, expect, it } from 'vitest';
import { paragraphPositionOf, paragraphStartOffsets, textOffsetOf } from './paragraph-offsets';

describe('paragraphStartOffsets', () => {
  it('has one start per line, blank lines included', () => {
    const text = 'Title\n\nFirst paragraph.\nSecond.\n';
    const starts = paragraphStartOffsets(text);
    expect(starts).toEqual([0, 6, 7, 24, 32]);
    expect(starts).toHaveLength(text.split('\n').length);
    text.split('\n').forEach((line, index) => {
      expect(text.slice(starts[index], starts[index]! + line.length)).toBe(line);
    });
  });

  it('gives [0] for an empty text and a text without newline', () => {
    expect(paragraphStartOffsets('')).toEqual([0]);
    expect(paragraphStartOffsets('one line')).toEqual([0]);
  });

  it('counts UTF-16 code units: an emoji is 2, a combining mark adds 1', () => {
    // "🇦🇿" is two regional indicators (4 units); "e\u0301" is e + combining acute (2 units).
    const text = '🇦🇿 Bakou 😀\ncafe\u0301 noir\nfin';
    const starts = paragraphStartOffsets(text);
    // 4 (flag) + 7 (" Bakou ") + 2 (😀) + 1 (\n) = 14; 5 ("café") + 5 (" noir") + 1 = 11 more.
    expect(starts).toEqual([0, 14, 25]);
    expect(text.slice(starts[1], starts[2]! - 1)).toBe('cafe\u0301 noir');
    expect(text.slice(starts[2])).toBe('fin');
  });
});

describe('textOffsetOf and paragraphPositionOf', () => {
  const text = 'Ligne 😀 un\n\nçà et là\nfin';
  const starts = paragraphStartOffsets(text);

  it('maps a paragraph position to the stored text', () => {
    const offset = textOffsetOf(starts, 2, 3);
    expect(text.slice(offset, offset + 5)).toBe('et là');
    expect(textOffsetOf(starts, 0, text.indexOf('un'))).toBe(text.indexOf('un'));
  });

  it('maps an emoji offset inside a paragraph', () => {
    const offset = textOffsetOf(starts, 0, 'Ligne '.length);
    expect(text.codePointAt(offset)).toBe(0x1f600);
    expect(text.slice(offset + 2, offset + 5)).toBe(' un');
  });

  it('rejects a paragraph outside the table', () => {
    expect(() => textOffsetOf(starts, 4, 0)).toThrow(RangeError);
  });

  it('is inverted by paragraphPositionOf for every offset of the text', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const { paragraphIndex, offsetInParagraph } = paragraphPositionOf(starts, offset);
      expect(textOffsetOf(starts, paragraphIndex, offsetInParagraph)).toBe(offset);
    }
  });

  it('puts an offset on a newline at the end of its line, and empty lines at 0', () => {
    expect(paragraphPositionOf(starts, text.indexOf('\n'))).toEqual({
      paragraphIndex: 0,
      offsetInParagraph: 'Ligne 😀 un'.length,
    });
    expect(paragraphPositionOf(starts, starts[1]!)).toEqual({
      paragraphIndex: 1,
      offsetInParagraph: 0,
    });
  });
});
