/**
 * A publication date as a file declares it, to the stored form: ISO 8601 and PDF dates
 * (`2025-03-11T08:30:00+04:00`, `D:20250311120000Z`) exactly, anything else (RFC 2822
 * "Wed, 11 Mar 2015 15:46:00 -0400", "March 11, 2015 3:46 PM EDT") through the text date
 * reader. The time stays as written; its zone, when given, is kept beside it.
 */
import { findDates, type DateOptions } from './parse-date';
import { normaliseTimeZone } from './time-zones';

/** A declared date in stored form. */
export interface DeclaredDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  isoDate: string;
  /** `Z` or `±HH:MM`, when the declaration gave a zone with its time. */
  timeZone?: string;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?/i;
const PDF = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?)?/;

function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
}

function fromParts(parts: (string | undefined)[]): DeclaredDate | undefined {
  const [, year, month, day, hour, minute, zone] = parts;
  if (!year || !month || !day || !isRealDay(year, month, day)) return undefined;
  const isoDay = `${year}-${month}-${day}`;
  if (hour === undefined || minute === undefined) return { isoDate: isoDay };
  if (Number(hour) > 23 || Number(minute) > 59) return undefined;
  const date: DeclaredDate = { isoDate: `${isoDay}T${hour}:${minute}` };
  const timeZone = zone === undefined ? undefined : normaliseTimeZone(zone.replace(/'/g, ''));
  if (timeZone) date.timeZone = timeZone;
  return date;
}

/**
 * `written` in stored form: an ISO 8601 or PDF date exactly (an impossible day is
 * refused), else the first date with a year that `findDates` reads in it; `undefined`
 * when there is none. Pure.
 */
export function readDeclaredDate(
  written: string,
  options: DateOptions = {},
): DeclaredDate | undefined {
  const trimmed = written.trim();
  const exact = ISO.exec(trimmed) ?? PDF.exec(trimmed);
  if (exact) return fromParts([...exact]);
  const found = findDates(trimmed.slice(0, 200), options).find((date) => date.hasYear);
  if (!found) return undefined;
  const date: DeclaredDate = { isoDate: found.isoDate };
  if (found.timeZone) date.timeZone = found.timeZone;
  return date;
}
