/**
 * Dates written in article text: "11 mars", "10 Ağustos, 2025, Pazar 16:55",
 * "March 11, 2025", "11 марта 2025 г.", "11 avqust 2025", "١١ مارس ٢٠٢٥",
 * "2025-03-11", "11.03.2025", with a time ("16h55", "3:57 PM") and its zone ("EDT",
 * "GMT+3", "+04:00") when one is written.
 *
 * chrono-node 2.10 was measured on these strings and not used: it has no Turkish,
 * Azerbaijani or Arabic ("12 Mart 2024" came back as 12 March of the reference year with a
 * -08:30 zone, "10 Ağustos 2025 Pazar 16:55" as "10 A" at 10:00, "11 avqust 2025" and
 * "١١ مارس ٢٠٢٥" as nothing) and its Russian parser dropped the time of "11 марта 2025 г.,
 * 16:55 МСК". The pages analysts read mix these languages, so the month table is needed
 * anyway; one table-driven pattern serves all six.
 * Month words are matched as any short run of letters and then looked up in
 * `month-names.ts`, so one bounded pattern serves every language, and case (including
 * Turkish İ/ı) is handled by the lookup instead of regex flags. Every quantifier is
 * bounded, so the scan stays linear on megabytes of garbage.
 */
import { lookUpMonth, pickLanguage } from './month-names';
import type { TextSpan } from './text-span';
import { normaliseTimeZone, TIME_ZONE_PATTERN } from './time-zones';

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
  /** `Z` or `±HH:MM`, when a zone follows the time ("16:55 MSK", "3:57 PM EDT"). */
  timeZone?: string;
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
const OPT_SP = '[^\\S\\n]{0,3}';
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
// A time after the date, maybe after a weekday or "à"/"at": "16:55", "16h55", "3:57 PM",
// then its zone. Groups: hour, minute, meridiem, zone.
const TIME =
  `(?:(?:,?${SP}\\p{L}{1,12})?,?${SP}(\\d{1,2})[:h](\\d{2})(?!\\p{N})(?::\\d{2}(?!\\p{N}))?` +
  `(?:${OPT_SP}([AaPp]\\.?[Mm]\\.?)(?!\\p{L}))?(?:${OPT_SP}\\(?(${TIME_ZONE_PATTERN})\\)?)?)?`;
// "11 mars", "1er mars 2025", "10 Ağustos, 2025, Pazar 16:55", "11 марта 2025 г.",
// "11 mart 2025-ci il", "11 مارس 2025", "1 تشرين الثاني 2024" (two-word Levantine months)
const DAY_MONTH = new RegExp(
  `${NOT_BEFORE}(\\d{1,2})(?:er|\\.)?${SP}(\\p{L}{2,10}(?:${SP}(?:الأول|الثاني|الاول))?)(?!\\p{L})` +
    `(?:\\.?,?${SP}(\\d{4})(?!\\p{N})(?:${SP}(?:г\\.|года?)(?!\\p{L})|-(?:ci|cı|cu|cü)${SP}il(?:i|in)?(?!\\p{L}))?)?${TIME}`,
  'gu',
);
// "March 11", "Mar. 11, 2025", "March 18 at 3:57 PM", "Dec 28 Sat 2013 00:28" (English
// order only)
const MONTH_DAY = new RegExp(
  `${NOT_BEFORE}(\\p{L}{3,10})\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])` +
    `(?:,?${SP}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{Ll}{0,6}\\.?,?${SP})?(\\d{4})(?!\\p{N}))?${TIME}`,
  'gu',
);
const ISO = new RegExp(
  `(?<![\\p{N}-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:${OPT_SP}(${TIME_ZONE_PATTERN}))?)?(?![\\p{N}])`,
  'gu',
);
const DOTTED = new RegExp(
  `(?<![\\p{N}.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:${SP}(\\d{1,2}):(\\d{2})(?:${OPT_SP}(${TIME_ZONE_PATTERN}))?)?(?![\\p{N}])`,
  'gu',
);
// "2/26/2015 7:11 AM", "3/09/15 8:00am": month first in English, day first elsewhere; a
// two-digit year only with a time after it (alone, "3/09/15" could be anything).
const SLASHED = new RegExp(
  `(?<![\\p{N}/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}(?=${SP}\\d{1,2}[:h]\\d{2}))(?![\\p{N}/])${TIME}`,
  'gu',
);
// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits read as ASCII ones: one
// code unit each, so offsets into the text stay the same.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

interface Parts {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  timeZone?: string;
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
  if (time !== '' && parts.timeZone) match.timeZone = parts.timeZone;
  return match;
}

/** The hour on a 24-hour clock: "3:57 PM" is 15:57, "12:30 AM" is 00:30. */
function hour24(hour: string | undefined, meridiem: string | undefined): number | undefined {
  const value = num(hour);
  if (value === undefined || meridiem === undefined) return value;
  if (value < 1 || value > 12) return 99; // refused by `isValid`
  const isPm = /^p/i.test(meridiem);
  return (value % 12) + (isPm ? 12 : 0);
}

function zoneOf(written: string | undefined): string | undefined {
  return written === undefined ? undefined : normaliseTimeZone(written);
}

function numeric(...[year, month, day, hour, minute, zone]: (string | undefined)[]): Parts {
  const parts = { year: num(year), month: Number(month), day: Number(day) };
  const time = { hour: num(hour), minute: num(minute), timeZone: zoneOf(zone) };
  return { ...parts, ...time, language: 'und' };
}

type Reader = (m: RegExpExecArray, options: DateOptions) => Parts | undefined;

const readers: readonly [RegExp, Reader][] = [
  [
    DAY_MONTH,
    (m, o) => {
      const name = lookUpMonth((m[2] ?? '').replace(/\s+/gu, ' '));
      if (name === undefined) return undefined;
      return {
        day: Number(m[1]),
        month: name.month,
        year: num(m[3]),
        hour: hour24(m[4], m[6]),
        minute: num(m[5]),
        timeZone: zoneOf(m[7]),
        language: pickLanguage(name, o.languageHint),
      };
    },
  ],
  [
    MONTH_DAY,
    (m) => {
      const name = lookUpMonth(m[1] ?? '');
      if (name === undefined || !name.languages.includes('en')) return undefined;
      const time = { hour: hour24(m[4], m[6]), minute: num(m[5]), timeZone: zoneOf(m[7]) };
      return { month: name.month, day: Number(m[2]), year: num(m[3]), ...time, language: 'en' };
    },
  ],
  [
    SLASHED,
    (m, o) => {
      const [first, second, written] = [m[1], m[2], m[3] ?? ''];
      const year = written.length === 2 ? `20${written}` : written;
      const isMonthFirst = (o.languageHint ?? 'en') === 'en';
      const [month, day] = isMonthFirst ? [first, second] : [second, first];
      const parts = numeric(year, month, day, undefined, m[5], m[7]);
      return { ...parts, hour: hour24(m[4], m[6]) };
    },
  ],
  [ISO, (m) => numeric(m[1], m[2], m[3], m[4], m[5], m[6])],
  [DOTTED, (m) => numeric(m[3], m[2], m[1], m[4], m[5], m[6])],
];

function scan(
  text: string,
  digits: string,
  pattern: RegExp,
  read: Reader,
  options: DateOptions,
): DateMatch[] {
  const found: DateMatch[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(digits); m !== null && found.length < MAX_DATES; m = re.exec(digits)) {
    const parts = read(m, options);
    const written = text.slice(m.index, m.index + m[0].length);
    const match = parts && toMatch(parts, m.index, written, options);
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
  const digits = text.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
  const all = readers.flatMap(([pattern, read]) => scan(text, digits, pattern, read, options));
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
