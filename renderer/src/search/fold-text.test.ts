import { describe, expect, it } from 'vitest';
import { foldCodePoint, foldText, foldWithOffsets } from './fold-text';
import { tokenise } from './tokenise';

describe('foldText', () => {
  it('makes Istanbul, İstanbul, ISTANBUL and istanbul one word', () => {
    const forms = ['Istanbul', 'İstanbul', 'ISTANBUL', 'istanbul', 'İSTANBUL'];
    expect(new Set(forms.map(foldText))).toEqual(new Set(['istanbul']));
  });

  it('folds dotless ı with i, so ılık matches ILIK and Ilık (and, like côte/cote, ilik)', () => {
    expect(foldText('ılık')).toBe('ilik');
    expect(foldText('ILIK')).toBe('ilik');
    expect(foldText('Ilık')).toBe('ilik');
    expect(foldText('ilik')).toBe('ilik');
  });

  it('drops French and other diacritics, keeps letters whose difference is the base letter', () => {
    expect(foldText('Mélenchon côte Noël garçon')).toBe('melenchon cote noel garcon');
    expect(foldText('Søndergaard Kraków Straße Œuvre')).toBe('sondergaard krakow strasse oeuvre');
    expect(foldText('Ayşe Yıldız Güneş')).toBe('ayse yildiz gunes');
  });

  it('folds Greek final sigma with σ, a whole string at once or a letter at a time', () => {
    const forms = ['ΟΔΥΣΣΕΑΣ', 'Οδυσσέας', 'οδυσσεας', 'οδυσσεασ'];
    expect(new Set(forms.map(foldText))).toEqual(new Set(['οδυσσεασ']));
    expect(new Set(forms.map((form) => foldWithOffsets(form).folded))).toEqual(
      new Set(['οδυσσεασ']),
    );
  });

  it('maps every folded unit back to the stored text, through marks and expansions', () => {
    const text = 'Ọ̀yọ́ Straße İzmir';
    const { folded, origin } = foldWithOffsets(text);
    const at = folded.indexOf('strasse');
    expect(text.slice(origin[at]!, origin[at + 'strasse'.length]!)).toBe('Straße');
    const izmir = folded.indexOf('izmir');
    expect(text.slice(origin[izmir]!, origin[izmir + 5]!)).toBe('İzmir');
    expect(text.slice(origin[0]!, origin[folded.indexOf(' ')]!)).toBe('Ọ̀yọ́');
  });

  it('folds whole texts as it folds code point by code point', () => {
    const text = 'İSTANBUL’da ılık Ọ̀yọ́ STRASSE Straße Œuvre Søndergaard Kraków 🎉 ǅ ΟΔΥΣΣΕΑΣ ΣΑΣ';
    expect(foldText(text)).toBe(foldWithOffsets(text).folded);
  });
});

describe('tokenise', () => {
  it('splits words with Intl.Segmenter and at apostrophes', () => {
    expect(tokenise('L’Europe, dit-il, et İstanbul’da “ılık”.')).toEqual([
      'l',
      'europe',
      'dit',
      'il',
      'et',
      'istanbul',
      'da',
      'ilik',
    ]);
  });
});

/** The unit-at-a-time fold the run-at-a-time one replaced: every hit's offsets came from it. */
function foldOneUnitAtATime(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const point = isPair ? text.slice(i, i + 2) : text[i]!;
    const unit =
      code < 0x80
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : text[i]!
        : foldCodePoint(point);
    folded += unit;
    for (let n = 0; n < unit.length; n++) origin.push(i);
    i += code < 0x80 ? 1 : point.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

describe('foldWithOffsets over long mixed texts', () => {
  it('gives the folded text and every offset a unit-at-a-time fold gives', () => {
    const pieces = [
      'The Central Bank ',
      'Mélenchon a déclaré ',
      'İSTANBUL’da ılık ',
      'Straße ß ',
      'Œuvre cœur ',
      'e\u0301 ',
      '😀 ',
      '\ud800 lone ',
      'x\udc00y ',
      'Ọ̀yọ́ ',
      '\n\t12,5 % ',
      'ΟΔΟΣ ',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let run = 0; run < 50; run++) {
      let text = '';
      for (let n = 0; n < 200; n++) text += pieces[next() % pieces.length];
      const fast = foldWithOffsets(text);
      const slow = foldOneUnitAtATime(text);
      expect(fast.folded).toBe(slow.folded);
      expect([...fast.origin]).toEqual(slow.origin);
    }
  });

  it('ends its offsets with the text length, also for a text ending in a lone high surrogate', () => {
    for (const text of ['', 'abc', 'é', 'ab\ud800']) {
      const { folded, origin } = foldWithOffsets(text);
      expect(origin.length).toBe(folded.length + 1);
      expect(origin[folded.length]).toBe(text.length);
    }
  });
});
