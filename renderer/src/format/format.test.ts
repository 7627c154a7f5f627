import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date';
import { languageName } from './format-language';
import { formatSize } from './format-size';

describe('formatSize', () => {
  it('uses binary units with one decimal below 10', () => {
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(4300)).toBe('4.2 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
  });
});

describe('languageName and formatDateTime', () => {
  it('name a language, keep an unknown or odd code, and keep an invalid date', () => {
    expect(languageName('und')).toBe('Unknown');
    expect(languageName('x!')).toBe('x!');
    expect(languageName('fr').length).toBeGreaterThan(0);
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
