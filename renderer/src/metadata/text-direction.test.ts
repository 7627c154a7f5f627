import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('runs an article the way ingestion stored it', () => {
    expect(
      textDirection({
        language: 'en',
        metadata: { bylines: [], suggestions: [], direction: 'rtl' },
      }),
    ).toBe('rtl');
  });

  it('runs Arabic, Persian and Hebrew articles stored before the direction was, right to left', () => {
    expect(textDirection({ language: 'ar' })).toBe('rtl');
    expect(textDirection({ language: 'fa', metadata: { bylines: [], suggestions: [] } })).toBe(
      'rtl',
    );
    expect(textDirection({ language: 'he' })).toBe('rtl');
    expect(textDirection({ language: 'fr' })).toBe('ltr');
    expect(textDirection({ language: 'und' })).toBe('ltr');
  });
});
