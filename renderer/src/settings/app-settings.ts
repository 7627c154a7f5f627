/**
 * The analyst's preferences: theme, reading type, snapping, the default export format and
 * where the reader was left. Stored one key each in the `settings` table and read back
 * leniently: a value this version does not know falls back to its default instead of
 * breaking the app. Pure.
 */
import type { ExportFormatId } from '../sets/export-formats';
import { EXPORT_FORMATS } from '../sets/export-formats';

export type ThemeChoice = 'light' | 'dark' | 'system';
export type ReadingFont = 'serif' | 'sans' | 'mono';

/** The preferences the Settings screen edits. */
export interface AppSettings {
  theme: ThemeChoice;
  readingFont: ReadingFont;
  /** Reading text size in CSS pixels. */
  readingSize: number;
  /** Reading line height, a multiple of the size. */
  lineSpacing: number;
  snapToWords: boolean;
  defaultExportFormat: ExportFormatId;
}

export const DEFAULT_SETTINGS: AppSettings = {
  theme: 'system',
  readingFont: 'serif',
  readingSize: 17,
  lineSpacing: 1.8,
  snapToWords: true,
  defaultExportFormat: 'native',
};

/** The keys of `AppSettings`, as stored in the `settings` table. */
export const APP_SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof AppSettings)[];

export const READING_SIZE_RANGE = { min: 13, max: 26 } as const;
export const LINE_SPACING_RANGE = { min: 1.2, max: 2.4 } as const;

/** The CSS font stacks behind each choice: system fonts only, nothing is loaded. */
export const READING_FONT_STACKS: Record<ReadingFont, string> = {
  serif: "'Iowan Old Style', 'Charter', 'Noto Serif', 'DejaVu Serif', Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif",
  mono: "ui-monospace, 'DejaVu Sans Mono', 'Noto Sans Mono', monospace",
};

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, value));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Settings from stored values (any of them missing or unknown): each checked, else its default. */
export function readSettings(stored: Partial<Record<keyof AppSettings, unknown>>): AppSettings {
  return {
    theme: oneOf(stored.theme, ['light', 'dark', 'system'], DEFAULT_SETTINGS.theme),
    readingFont: oneOf(stored.readingFont, ['serif', 'sans', 'mono'], DEFAULT_SETTINGS.readingFont),
    readingSize: clamp(stored.readingSize, READING_SIZE_RANGE, DEFAULT_SETTINGS.readingSize),
    lineSpacing: clamp(stored.lineSpacing, LINE_SPACING_RANGE, DEFAULT_SETTINGS.lineSpacing),
    snapToWords:
      typeof stored.snapToWords === 'boolean' ? stored.snapToWords : DEFAULT_SETTINGS.snapToWords,
    defaultExportFormat: oneOf(
      stored.defaultExportFormat,
      EXPORT_FORMATS.map((format) => format.id),
      DEFAULT_SETTINGS.defaultExportFormat,
    ),
  };
}

/** The theme drawn: `system` follows the operating system's preference. */
export function resolvedTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}
