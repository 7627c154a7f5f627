import { describe, expect, it } from 'vitest';
import { detectChrome } from './chrome/detect-chrome';
import { plainTextTitle } from './plain-text-title';

const title = (text: string) => {
  const { bodyRanges, headline } = detectChrome(text);
  return plainTextTitle(text, bodyRanges, headline);
};

const sentence =
  'Another Ramadan is upon us, and the death toll so far stands at 218, in 53 attacks across the region this month.';

describe('plainTextTitle', () => {
  it('titles a plain article by its first line, not by a poll line it repeats', () => {
    const poll = 'Whom do you consider to be the most corrupt Democrat Politician?';
    const text = [
      'Ramadan Jihad 2018 Death Toll So Far Is 218',
      '',
      sentence,
      sentence.replace('218', '219'),
      poll,
      poll,
      poll,
      sentence.replace('218', '220'),
    ].join('\n');
    expect(title(text)).toBe('Ramadan Jihad 2018 Death Toll So Far Is 218');
  });

  it('titles a page dump by the headline above its byline, not by a repeated banner', () => {
    const banner = 'Subscribe To Our Newsletter Today';
    const text = [
      'Home',
      'World',
      'Business',
      'Opinion',
      banner,
      'Oil Prices Climb After Caspian Pipeline Deal',
      'By Jane Doe',
      'March 11, 2025',
      '',
      `${sentence} ${sentence.replace('218', '221')}`,
      '',
      `${sentence.replace('218', '222')} ${sentence.replace('218', '223')}`,
      '',
      banner,
    ].join('\n');
    expect(title(text)).toBe('Oil Prices Climb After Caspian Pipeline Deal');
  });
});
