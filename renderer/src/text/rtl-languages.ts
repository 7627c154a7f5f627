/**
 * Languages written right to left, shared by ingestion (which stores an article's
 * direction) and the reader (which falls back on it for articles stored before). Pure.
 */

/** ISO 639-1 codes of languages written right to left. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'ps',
  'yi',
  'dv',
  'sd',
  'ug',
  'ku',
]);

/** Whether `language` (ISO 639-1, or a tag such as `ar-EG`) is written right to left. */
export function isRtlLanguage(language: string): boolean {
  return RTL_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0] ?? '');
}
