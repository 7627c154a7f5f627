import { expect, it } from 'vitest';
import { otherLanguages } from './other-languages';

it('lists the other languages by their share of the text, leaving out und and strays', () => {
  const ranges = [
    { start: 0, end: 300, language: 'tr' },
    { start: 300, end: 310, language: 'und' },
    { start: 310, end: 900, language: 'fr' },
    { start: 900, end: 995, language: 'tr' },
    { start: 995, end: 1000, language: 'en' },
  ];
  expect(otherLanguages(ranges, 'fr')).toEqual([{ language: 'tr', share: 0.395 }]);
  expect(otherLanguages(undefined, 'fr')).toEqual([]);
});
