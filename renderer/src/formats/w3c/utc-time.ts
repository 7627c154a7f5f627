/** xsd:dateTime in UTC with `Z`, as the W3C model requires of `created` and `modified`. */

/**
 * What `Date.prototype.toISOString` writes, for a day every month has: such a timestamp
 * (how the app stores its own) is spelled back unchanged, so it is not parsed. Parsing and
 * spelling two dates per annotation was a twentieth of the W3C export's worker time (the
 * export bench's profile). Days 29–31 and hour 24 go through `Date`, which knows calendars.
 */
const AS_SPELLED =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** `timestamp` as `toISOString` spells it; an unreadable one as it is. */
export function utcDateTime(timestamp: string): string {
  if (AS_SPELLED.test(timestamp)) return timestamp;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : date.toISOString();
}
