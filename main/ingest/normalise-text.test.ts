import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';

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
