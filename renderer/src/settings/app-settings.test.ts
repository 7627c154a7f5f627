import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, resolvedTheme } from './app-settings';

describe('readSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values and drops unknown ones, clamping sizes', () => {
    expect(
      readSettings({
        theme: 'dark',
        readingFont: 'comic',
        readingSize: 90,
        lineSpacing: 1.5,
        snapToWords: 'yes',
        defaultExportFormat: 'csv',
      }),
    ).toEqual({
      theme: 'dark',
      readingFont: 'serif',
      readingSize: 26,
      lineSpacing: 1.5,
      snapToWords: true,
      defaultExportFormat: 'csv',
    });
  });
});

describe('resolvedTheme', () => {
  it('follows the system only when asked to', () => {
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
    expect(resolvedTheme('light', true)).toBe('light');
  });
});
