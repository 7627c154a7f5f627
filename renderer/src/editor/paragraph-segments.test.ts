import { describe, expect, it } from 'vitest';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import {
  paragraphsCoveredBefore,
  paragraphsTouched,
  segmentsByParagraph,
  segmentsOfParagraph,
  segmentsOfParagraphs,
} from './paragraph-segments';
import { indexSpans } from './span-index';

// Paragraphs: 0 "Titre" [0,5), 1 "" [6,6), 2 "Le ministre Baïramov a parlé." [7,36), 3 "Fin." [37,41)
const TEXT = 'Titre\n\nLe ministre Baïramov a parlé.\nFin.';
const starts = paragraphStartOffsets(TEXT);
const at = (phrase: string) => TEXT.indexOf(phrase);

describe('segmentsByParagraph', () => {
  it('groups segments by paragraph and cuts a span crossing lines, without the line feeds', () => {
    const spans = [
      { id: 'outer', start: at('Le'), end: at('Fin.') + 3 },
      { id: 'inner', start: at('Baïramov'), end: at('Baïramov') + 8 },
    ];
    const grouped = segmentsByParagraph(spans, starts);
    expect([...grouped.keys()]).toEqual([2, 3]);
    expect(grouped.get(2)!.map((s) => [TEXT.slice(s.start, s.end), s.ids])).toEqual([
      ['Le ministre ', ['outer']],
      ['Baïramov', ['outer', 'inner']],
      [' a parlé.', ['outer']],
    ]);
    expect(grouped.get(3)!.map((s) => [TEXT.slice(s.start, s.end), s.ids])).toEqual([
      ['Fin', ['outer']],
    ]);
  });

  it('is empty for no spans', () => {
    expect(segmentsByParagraph([], starts).size).toBe(0);
  });
});

describe('paragraphsTouched', () => {
  it('lists every paragraph a span covers, blank ones included', () => {
    expect([...paragraphsTouched([{ start: 2, end: at('Le') + 2 }], starts)]).toEqual([0, 1, 2]);
  });

  it('does not count the paragraph after a span ending on a line feed', () => {
    // "Titre\n": the span ends at the start of paragraph 1 but covers nothing there.
    expect([...paragraphsTouched([{ start: 0, end: 6 }], starts)]).toEqual([0]);
  });

  it('touches the paragraph of an empty span once', () => {
    expect([...paragraphsTouched([{ start: at('Fin'), end: at('Fin') }], starts)]).toEqual([3]);
  });
});

describe('segmentsOfParagraph', () => {
  const spans = [
    { id: 'a', start: at('Titre'), end: at('Titre') + 5 },
    { id: 'b', start: at('ministre'), end: at('ministre') + 8 },
    { id: 'c', start: at('Baïramov'), end: at('Fin') + 1 },
  ];

  it('equals that paragraph’s part of the full segmentation', () => {
    const full = segmentsByParagraph(spans, starts);
    for (let index = 0; index < starts.length; index++) {
      expect(segmentsOfParagraph(spans, starts, index), `paragraph ${index}`).toEqual(
        full.get(index) ?? [],
      );
    }
  });

  it('ignores spans outside the paragraph', () => {
    expect(segmentsOfParagraph(spans, starts, 1)).toEqual([]);
    expect(segmentsOfParagraph(spans, starts, 0).map((s) => s.ids)).toEqual([['a']]);
  });
});

describe('segmentsOfParagraphs', () => {
  it('gives each paragraph of the range what the whole article gives it', () => {
    const spans = [
      { id: 'outer', start: at('Titre'), end: at('Fin.') + 3 },
      { id: 'inner', start: at('Baïramov'), end: at('Baïramov') + 8 },
      { id: 'end', start: at('Fin'), end: at('Fin') + 2 },
    ];
    const full = segmentsByParagraph(spans, starts);
    const index = indexSpans(spans);
    for (const [from, to] of [
      [0, 4],
      [2, 3],
      [3, 4],
      [1, 2],
    ] as const) {
      const part = segmentsOfParagraphs(index, starts, from, to);
      for (let paragraph = from; paragraph < to; paragraph++)
        expect(part.get(paragraph), `paragraph ${paragraph}`).toEqual(full.get(paragraph));
      expect([...part.keys()].every((paragraph) => paragraph >= from && paragraph < to)).toBe(true);
    }
  });
});

describe('paragraphsCoveredBefore', () => {
  it('counts the paragraphs whose text ends before the offset the spans are known to', () => {
    expect(paragraphsCoveredBefore(starts, TEXT.length, 0)).toBe(0);
    expect(paragraphsCoveredBefore(starts, TEXT.length, 5)).toBe(1);
    // The empty line ends where it starts: covered as soon as the spans before it are.
    expect(paragraphsCoveredBefore(starts, TEXT.length, 6)).toBe(2);
    expect(paragraphsCoveredBefore(starts, TEXT.length, at('parlé'))).toBe(2);
    expect(paragraphsCoveredBefore(starts, TEXT.length, at('Fin.'))).toBe(3);
    expect(paragraphsCoveredBefore(starts, TEXT.length, TEXT.length)).toBe(4);
    expect(paragraphsCoveredBefore(starts, TEXT.length, Infinity)).toBe(4);
  });
});
