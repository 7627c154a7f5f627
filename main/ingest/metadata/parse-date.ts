/**
 * Dates written in article text: "11 mars", "10 Ağustos, 2025, Pazar 16:55",
 * "March 11, 2025", "11 марта 2025 г.", "11 avqust 2025", "2025-03-11", "11.03.2025".
 *
 * Month words are matched as any short run of letters and then looked up in
 * `month-names.ts`, so one bounded pattern serves every language, and case (including
 * Turkish İ/ı) is handled by the lookup instead of regex flags. Every quantifier is
 * bounded, so the scan stays linear on megabytes of garbage.
 */
import { lookUpMonth, pickLanguage } from './month-names';
import type { TextSpan } from './text-span';

/** A date found in a text. */
export interface DateMatch {
  /**
   * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when a time follows the date. A date written
   * without a year takes the reference year; without one it is `--MM-DD` (ISO 8601's
   * year-less form).
   */
  isoDate: string;
  /** Whether the year was written (not taken from the reference year). */
  hasYear: boolean;
  /** ISO 639-1 code of the month name's language; `und` for numeric dates. */
  language: string;
  span: TextSpan;
  /** The matched text, `text.slice(span.start, span.end)`. */
  text: string;
}

/** How to read dates. */
export interface DateOptions {
  /** Year given to dates written without one ("Bakou, 11 mars"). */
  referenceYear?: number;
  /** Language of the text, preferred when a month name is spelt alike in several. */
  languageHint?: string;
}

/** Most dates `findDates` returns, so a text full of numbers costs bounded memory. */
export const MAX_DATES = 500;

const SP = '[^\\S\\n]{1,3}'; // one to three spaces, never a line break
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const TIME = `(?:(?:,?${SP}\\p{L}{1,12})?,?${SP}(\\d{1,2})[:h](\\d{2})(?!\\p{N}))?`;
// "11 mars", "1er mars 2025", "10 Ağustos, 2025, Pazar 16:55", "11 марта 2025 г."
const DAY_MONTH = new RegExp(
  `${NOT_BEFORE}(\\d{1,2})(?:er|\\.)?${SP}(\\p{L}{3,10})(?!\\p{L})` +
    `(?:\\.?,?${SP}(\\d{4})(?!\\p{N})(?:${SP}(?:г\\.|года?)(?!\\p{L}))?)?${TIME}`,
  'gu',
);
// "March 11", "Mar. 11, 2025" (English order only)
const MONTH_DAY = new RegExp(
  `${NOT_BEFORE}(\\p{L}{3,10})\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])` +
    `(?:,?${SP}(\\d{4})(?!\\p{N}))?`,
  'gu',
);
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?![\p{N}])/gu;
const DOTTED =
  /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[^\S\n]{1,3}(\d{1,2}):(\d{2}))?(?![\p{N}])/gu;

interface Parts {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  language: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

function isValid({ year, month, day, hour, minute }: Parts): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (year !== undefined && (year < 1000 || year > 2999)) return false;
  // A leap year stands in for a missing one, so "29 février" stays valid.
  const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
  if (probe.getUTCDate() !== day) return false;
  if (hour === undefined || minute === undefined) return true;
  return hour < 24 && minute < 60;
}

function toMatch(parts: Parts, start: number, text: string, options: DateOptions) {
  if (!isValid(parts)) return undefined;
  const year = parts.year ?? options.referenceYear;
  const date = `${year === undefined ? '-' : pad(year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  const time =
    parts.hour === undefined || parts.minute === undefined
      ? ''
      : `T${pad(parts.hour)}:${pad(parts.minute)}`;
  const match: DateMatch = {
    isoDate: date + time,
    hasYear: parts.year !== undefined,
    language: parts.language,
    span: { start, end: start + text.length },
    text,
  };
  return match;
}

function numeric(...[year, month, day, hour, minute]: (string | undefined)[]): Parts {
  const parts = { year: num(year), month: Number(month), day: Number(day) };
  return { ...parts, hour: num(hour), minute: num(minute), language: 'und' };
}

type Reader = (m: RegExpExecArray, options: DateOptions) => Parts | undefined;

const readers: readonly [RegExp, Reader][] = [
  [
    DAY_MONTH,
    (m, o) => {
      const name = lookUpMonth(m[2] ?? '');
      if (name === undefined) return undefined;
      const [year, hour, minute] = [num(m[3]), num(m[4]), num(m[5])];
      return {
        day: Number(m[1]),
        month: name.month,
        year,
        hour,
        minute,
        language: pickLanguage(name, o.languageHint),
      };
    },
  ],
  [
    MONTH_DAY,
    (m) => {
      const name = lookUpMonth(m[1] ?? '');
      if (name === undefined || !name.languages.includes('en')) return undefined;
      return { month: name.month, day: Number(m[2]), year: num(m[3]), language: 'en' };
    },
  ],
  [ISO, (m) => numeric(m[1], m[2], m[3], m[4], m[5])],
  [DOTTED, (m) => numeric(m[3], m[2], m[1], m[4], m[5])],
];

function scan(text: string, pattern: RegExp, read: Reader, options: DateOptions): DateMatch[] {
  const found: DateMatch[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(text); m !== null && found.length < MAX_DATES; m = re.exec(text)) {
    const parts = read(m, options);
    const match = parts && toMatch(parts, m.index, m[0], options);
    if (match) found.push(match);
    // A rejected candidate ("10 pour 11 mars") must not hide a date starting inside it.
    else re.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * Every date in `text`, in order of position, without overlaps (at one position the
 * longest reading wins). At most `MAX_DATES`. Pure.
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  const all = readers.flatMap(([pattern, read]) => scan(text, pattern, read, options));
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DateMatch[] = [];
  for (const match of all) {
    const last = kept.at(-1);
    if (last === undefined || match.span.start >= last.span.end) kept.push(match);
  }
  return kept.slice(0, MAX_DATES);
}

/** The first date in `text` ("le 3 février 2024" gives 2024-02-03), or `undefined`. Pure. */
export function parseDate(text: string, options: DateOptions = {}): DateMatch | undefined {
  return findDates(text, options)[0];
}
