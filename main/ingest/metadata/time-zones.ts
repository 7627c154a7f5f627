/**
 * Time zones as pages write them after a time: ISO offsets (`+03:00`, `-0400`, `Z`),
 * `GMT+3` / `UTC+04:00`, and the abbreviations news sites print ("3:57 PM EDT", "16:55
 * MSK"), as one normal form: `Z` or `±HH:MM`. Abbreviations map to the offset they name
 * (EST is always -05:00, EDT -04:00): the time stays as written, the offset says where.
 */

// Abbreviations met in news pages of the languages Sourcemark reads. Ambiguous ones
// (IST: India, Ireland, Israel; CST: US Central, China) are left out on purpose.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'Z',
  GMT: 'Z',
  UT: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  BST: '+01:00',
  WET: 'Z',
  WEST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  TRT: '+03:00',
  AZT: '+04:00',
  МСК: '+03:00',
};

/**
 * A time zone written right after a time, for a `u` regex: an offset, `GMT+3`, or one of
 * the abbreviations above (so "16:55 NEWS" is a time and a word, not a zone).
 */
export const TIME_ZONE_PATTERN = `(?:Z|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|${Object.keys(
  ABBREVIATIONS,
)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![\\p{L}\\p{N}])`;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `written` ("+0400", "-04:00", "Z", "GMT+3", "UTC+04:30", "EDT") as `Z` or `±HH:MM`, or
 * `undefined` when it is not a zone this module knows or the offset is out of range. Pure.
 */
export function normaliseTimeZone(written: string): string | undefined {
  const zone = written.trim();
  if (zone === 'Z') return 'Z';
  const abbreviation = ABBREVIATIONS[zone.toUpperCase()];
  if (abbreviation !== undefined && /^\p{L}+$/u.test(zone)) return abbreviation;
  const offset = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!offset) return undefined;
  const [, sign, hours, minutes = '00'] = offset;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  // A bare "+3" would be a count, not a zone: the offset needs its GMT/UTC or two digits.
  if (hours!.length === 1 && !/^(?:GMT|UTC)/i.test(zone)) return undefined;
  const normal = `${sign}${pad(Number(hours))}:${minutes}`;
  return normal === '+00:00' || normal === '-00:00' ? 'Z' : normal;
}
