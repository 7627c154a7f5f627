import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from './fold-text';
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
    const text = 'İSTANBUL’da ılık Ọ̀yọ́ STRASSE Straße Œuvre Søndergaard Kraków 🎉 ǅ';
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
