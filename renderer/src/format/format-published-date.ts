/** Publication dates as found in articles: a day, or a day and a wall-clock time. */

// Formatted in UTC because the stored value is the time as written in the article, with
// no zone: shifting it to the user's zone would change the day of a late-evening piece.
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * `YYYY-MM-DD` ("11 Mar 2026") or `YYYY-MM-DDTHH:mm` ("10 Aug 2025, 16:55") in the user's
 * locale; with `isDayOnly` the time is left out. Anything else is answered as it is.
 */
export function formatPublishedDate(iso: string, isDayOnly = false): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, date, hour, minute] = match;
  const hasTime = hour !== undefined && minute !== undefined;
  const time = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(date),
    hasTime ? Number(hour) : 0,
    hasTime ? Number(minute) : 0,
  );
  return (hasTime && !isDayOnly ? dayAndTime : day).format(time);
}
