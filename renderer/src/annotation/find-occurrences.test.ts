import { describe, expect, it } from 'vitest';
import { createOccurrenceFinder, findOccurrences } from './find-occurrences';

function found(text: string, phrase: string, options = {}): string[] {
  return findOccurrences(text, phrase, options).map((s) => text.slice(s.start, s.end));
}

describe('findOccurrences', () => {
  it('finds whole words only, ignoring case by default', () => {
    const text = 'Aliyev, aliyevism, ALIYEV and Aliyev2 and (Aliyev).';
    expect(findOccurrences(text, 'Aliyev')).toEqual([
      { start: 0, end: 6 },
      { start: 19, end: 25 },
      { start: 43, end: 49 },
    ]);
    expect(found(text, 'Aliyev', { caseSensitive: true })).toEqual(['Aliyev', 'Aliyev']);
  });

  it('ignores diacritics both ways, returning offsets in the original text', () => {
    const text = 'M. Baïramov et M. Bairamov, puis Bai\u0308ramov.';
    expect(found(text, 'Bairamov')).toEqual(['Baïramov', 'Bairamov', 'Bai\u0308ramov']);
    expect(found(text, 'Baïramov')).toEqual(['Baïramov', 'Bairamov', 'Bai\u0308ramov']);
    expect(found(text, 'Baïramov', { diacriticSensitive: true })).toEqual([
      'Baïramov',
      'Bai\u0308ramov',
    ]);
  });

  it('keeps offsets right after emoji and decomposed letters earlier in the text', () => {
    const text = '😀🇦🇿 cafe\u0301 e\u0301te\u0301 Bakou';
    const [match] = findOccurrences(text, 'bakou');
    expect(match && text.slice(match.start, match.end)).toBe('Bakou');
    expect(found(text, 'café')).toEqual(['cafe\u0301']);
    expect(found(text, 'ete')).toEqual(['e\u0301te\u0301']);
  });

  it('finds a Greek name ending in final sigma in capitals too (ς and σ are one letter)', () => {
    const text = 'Ο ΟΔΥΣΣΕΑΣ, ο Οδυσσέας και ο οδυσσεας.';
    expect(found(text, 'Οδυσσέας')).toEqual(['ΟΔΥΣΣΕΑΣ', 'Οδυσσέας', 'οδυσσεας']);
    expect(found(text, 'ΟΔΥΣΣΕΑΣ')).toEqual(['ΟΔΥΣΣΕΑΣ', 'Οδυσσέας', 'οδυσσεας']);
    expect(found(text, 'Οδυσσέας', { caseSensitive: true })).toEqual(['Οδυσσέας']);
  });

  it('handles Turkish and Azerbaijani letters', () => {
    const text = 'İlham Əliyev və ilham əliyev; Şuşa, ŞUŞA';
    expect(found(text, 'Ilham Əliyev')).toEqual(['İlham Əliyev', 'ilham əliyev']);
    expect(found(text, 'Susa')).toEqual(['Şuşa', 'ŞUŞA']);
  });

  it('does not match a word continued by a combining mark when diacritics count', () => {
    expect(found('cafe\u0301', 'cafe', { diacriticSensitive: true })).toEqual([]);
  });

  it('matches aliases, keeps the longest of overlapping matches and sorts them', () => {
    const text = 'Aliyev spoke. Ilham Aliyev said. President Aliyev left.';
    expect(found(text, 'Ilham Aliyev', { aliases: ['Aliyev', 'aliyev'] })).toEqual([
      'Aliyev',
      'Ilham Aliyev',
      'Aliyev',
    ]);
  });

  it('matches across a different run of whitespace', () => {
    expect(found('Ilham\u00a0 Aliyev', 'Ilham Aliyev')).toEqual(['Ilham\u00a0 Aliyev']);
  });

  it('skips spans already annotated with the label, exact range only', () => {
    const text = 'Bakou, Bakou, Bakou';
    expect(
      findOccurrences(text, 'Bakou', {
        skip: [
          { start: 7, end: 12 },
          { start: 0, end: 3 },
        ],
      }),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 14, end: 19 },
    ]);
  });

  it('returns nothing for an empty or blank phrase', () => {
    expect(findOccurrences('a b', '  ')).toEqual([]);
  });

  it('searches many phrases over one folded text', () => {
    const finder = createOccurrenceFinder('Paris et Bakou', { caseSensitive: true });
    expect(finder.find('Bakou')).toEqual([{ start: 9, end: 14 }]);
    expect(finder.find('paris')).toEqual([]);
  });

  it('is fast on 1 MB of text', () => {
    const text =
      'Le président İlham Əliyev a reçu M. Baïramov à Bakou. 😀 Les négociations continuent. '.repeat(
        12_000,
      );
    const started = performance.now();
    const matches = findOccurrences(text, 'Bairamov', { aliases: ['Ilham Aliyev', 'Əliyev'] });
    expect(matches).toHaveLength(24_000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
