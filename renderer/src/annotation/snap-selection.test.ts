import { describe, expect, it } from 'vitest';
import { snapSelection } from './snap-selection';

/** The text that `snapSelection` keeps of `start..end`, or null. */
function snapped(text: string, start: number, end: number, snapToWords = true): string | null {
  const span = snapSelection(text, { start, end }, { snapToWords });
  return span && text.slice(span.start, span.end);
}

describe('snapSelection', () => {
  it('trims whitespace and returns null for whitespace only', () => {
    const text = 'Le  ministre  parle';
    expect(snapped(text, 2, 14)).toBe('ministre');
    expect(snapSelection(text, { start: 2, end: 4 })).toBeNull();
    expect(snapSelection('a \n\t b', { start: 1, end: 5 })).toBeNull();
  });

  it('extends a partial word to the whole word', () => {
    const text = 'selon Ilham Baïramov, le';
    expect(snapped(text, 13, 18)).toBe('Baïramov');
    expect(snapped(text, 7, 14)).toBe('Ilham Baïramov');
  });

  it('keeps the raw range (minus whitespace) when word snapping is off', () => {
    expect(snapped('selon Ilham Baïramov', 13, 18, false)).toBe('aïram');
  });

  it('does not extend over punctuation: French apostrophes and guillemets', () => {
    const text = 'la visite d’Ilham Aliyev à « Bakou »';
    const ilham = text.indexOf('Ilham');
    expect(snapped(text, ilham + 1, ilham + 3)).toBe('Ilham');
    expect(snapped(text, ilham - 2, ilham + 2)).toBe('d’Ilham');
    const bakou = text.indexOf('Bakou');
    expect(snapped(text, bakou - 2, bakou + 2)).toBe('« Bakou');
    expect(snapped(text, bakou + 2, bakou + 7)).toBe('Bakou »');
    expect(snapped("l'opposition", 3, 6)).toBe('opposition');
    expect(snapped(text, ilham - 1, ilham + 2)).toBe('’Ilham');
    expect(snapped('les U.S. et', 4, 6)).toBe('U.');
  });

  it('never splits an emoji, a flag or a letter with a combining mark', () => {
    const flags = 'drapeaux 🇦🇿🇫🇷 ici';
    const az = flags.indexOf('🇦🇿');
    expect(snapped(flags, az + 1, az + 3, false)).toBe('🇦🇿');
    expect(snapped(flags, az + 2, az + 5, false)).toBe('🇦🇿🇫🇷');
    expect(snapped('ok 😀 ok', 4, 5, false)).toBe('😀');
    expect(snapped('family 👨‍👩‍👧 here', 9, 11)).toBe('👨‍👩‍👧');
    const combining = 'cafe\u0301 noir';
    expect(snapped(combining, 0, 4, false)).toBe('cafe\u0301');
    expect(snapped(combining, 4, 5, false)).toBe('e\u0301');
  });

  it('snaps right-to-left words in logical order', () => {
    const arabic = 'قال السلام عليكم اليوم';
    const salam = arabic.indexOf('السلام');
    expect(snapped(arabic, salam + 2, salam + 8)).toBe('السلام عليكم');
    const hebrew = 'אמר שלום עולם';
    expect(snapped(hebrew, hebrew.indexOf('ל'), hebrew.indexOf('ל') + 1)).toBe('שלום');
  });

  it('keeps a selection across a newline, trimming only its ends', () => {
    const text = 'fin de ligne\nDébut suivant';
    expect(snapped(text, 9, 16)).toBe('ligne\nDébut');
    expect(snapped(text, 12, 13)).toBeNull();
  });

  it('handles reversed and out-of-range selections, and Azerbaijani text', () => {
    const text = 'Azərbaycan Respublikası';
    expect(snapped(text, 6, 2)).toBe('Azərbaycan');
    expect(snapped(text, 14, 999)).toBe('Respublikası');
  });

  it('is fast on a long text without whitespace near the edges', () => {
    const text = 'x'.repeat(1_000_000) + ' mot ' + 'y'.repeat(1_000_000);
    const started = performance.now();
    for (let i = 0; i < 100; i++) snapSelection(text, { start: 1_000_002, end: 1_000_003 });
    expect(snapped(text, 1_000_002, 1_000_003)).toBe('mot');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
