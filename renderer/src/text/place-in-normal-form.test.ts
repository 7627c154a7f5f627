import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './normal-form';
import { placeInNormalForm } from './place-in-normal-form';

/** Places the first occurrence of `phrase` in `given` and reads the stored text there. */
function place(given: string, phrase: string) {
  const map = normaliseWithMap(given);
  const start = given.indexOf(phrase);
  const placed = placeInNormalForm(map, given, { start, end: start + phrase.length });
  const at = 'span' in placed ? map.text.slice(placed.span.start, placed.span.end) : undefined;
  return { placed, at };
}

describe('placeInNormalForm', () => {
  it('places spans after a BOM, a U+FEFF inside, CRLF and decomposed accents exactly', () => {
    const given = '\uFEFFTitle\r\n\r\nLe re\u0301gime\uFEFF a de\u0301cide\u0301.\r\nFin.';
    for (const [phrase, stored] of [
      ['Title', 'Title'],
      ['re\u0301gime\uFEFF a', 'régime a'],
      ['de\u0301cide\u0301', 'décidé'],
      ['Fin', 'Fin'],
    ] as const) {
      const { placed, at } = place(given, phrase);
      expect(placed.kind, phrase).toBe('exact');
      expect(at).toBe(stored);
    }
  });

  it('reports a span whose edge splits an accent from its letter as moved, widened', () => {
    // The file's offsets end between "e" and U+0301: the stored "é" is one character.
    const { placed, at } = place('Le re\u0301gime', 'Le re');
    expect(placed.kind).toBe('moved');
    expect(at).toBe('Le ré');
  });

  it('reports a span ending between CR and LF as moved, not placed exactly', () => {
    expect(place('un\r\ndeux', 'un\r').placed.kind).toBe('moved');
  });

  it('refuses a span that holds only a byte order mark', () => {
    expect(place('\uFEFFTitle', '\uFEFF').placed).toMatchObject({ kind: 'refused' });
  });

  it('places every span of a text already in normal form as it is', () => {
    const given = 'Déjà normal 🇺🇸 text';
    const { placed } = place(given, '🇺🇸');
    expect(placed).toEqual({ kind: 'exact', span: { start: 12, end: 16 } });
  });
});
