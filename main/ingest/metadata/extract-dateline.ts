/**
 * The agency dateline that opens a dispatch: "Bakou, 11 mars, AZERTAC",
 * "Bakü, 10 Ağustos (AZERTAC)", "BAKU, March 11 (Reuters) -", "BAKU (Reuters) -".
 */
import { findAgencyByName, type KnownAgency } from './known-agencies';
import { findDates, type DateMatch, type DateOptions } from './parse-date';
import type { TextSpan } from './text-span';

/** A dateline found in a text. */
export interface Dateline {
  place: string;
  /** The date between place and agency, absent in "BAKU (Reuters)". */
  date?: DateMatch;
  /** The agency as written ("AZERTAC", "Reuters"). */
  agency: string;
  /** The agency's entry in `KNOWN_AGENCIES`, when it is a known one. */
  knownAgency?: KnownAgency;
  /** From the place to the end of the agency (closing parenthesis included). */
  span: TextSpan;
}

// A dateline sits in the first screens of a page dump; its line is short.
const MAX_CHARS_SEARCHED = 32 * 1024;
const MAX_LINE_CHARS = 160;
// Negated classes split the line on its delimiters, so the pattern cannot backtrack far.
const WITH_DATE = /^([^,()\n]{2,40}),([^,()\n]{3,40})(,|\()([^,()\n]{2,30})(\)?)(.*)$/u;
const WITHOUT_DATE = /^([^,()\n]{2,40})(\()([^,()\n]{2,30})(\))(.*)$/u;
const PLACE = /^\p{Lu}[\p{L}\p{M}'’.\- ]*$/u;
const UNKNOWN_AGENCY = /^\p{Lu}[\p{Lu}\d&.-]{1,11}$/u;
// What may follow the agency on its line: nothing, or the dash or stop before the text.
const AFTER_AGENCY = /^\s*(?:$|[-–—:.]\s)|^\s*[-–—:.]?$/u;

interface Candidate {
  place: string;
  dateText?: string;
  agency: string;
  after: string;
  isParenthesised: boolean;
}

function readLine(line: string): Candidate | undefined {
  const withDate = WITH_DATE.exec(line);
  if (withDate) {
    const [, place = '', dateText = '', open = '', agency = '', close = '', after = ''] = withDate;
    if ((open === '(') !== (close === ')')) return undefined;
    return { place, dateText, agency, after, isParenthesised: open === '(' };
  }
  const bare = WITHOUT_DATE.exec(line);
  if (!bare) return undefined;
  const [, place = '', , agency = '', , after = ''] = bare;
  return { place, agency, after, isParenthesised: true };
}

function toDateline(c: Candidate, lineStart: number, line: string, options: DateOptions) {
  const place = c.place.trim();
  const agency = c.agency.trim();
  if (!PLACE.test(place) || !AFTER_AGENCY.test(c.after)) return undefined;
  const knownAgency = findAgencyByName(agency);
  if (!knownAgency && !UNKNOWN_AGENCY.test(agency)) return undefined;
  let date: DateMatch | undefined;
  if (c.dateText !== undefined) {
    const dateOffset = lineStart + c.place.length + 1;
    const found = findDates(c.dateText, options)[0];
    // The part between the commas must be the date and nothing else.
    if (!found || found.text.trim() !== c.dateText.trim()) return undefined;
    const span = { start: dateOffset + found.span.start, end: dateOffset + found.span.end };
    date = { ...found, span };
  }
  const start = lineStart + line.indexOf(place);
  const end = lineStart + line.length - c.after.length;
  const dateline: Dateline = { place, agency, span: { start, end } };
  if (date) dateline.date = date;
  if (knownAgency) dateline.knownAgency = knownAgency;
  return dateline;
}

/**
 * The first agency dateline in the top of `text`: a line that starts with a capitalised
 * place, then optionally a comma and a date, then the agency after a comma or in
 * parentheses, then the end of the line or a dash. The agency must be a known one or an
 * all-caps acronym. Year-less dates take `options.referenceYear`. Pure.
 */
export function extractDateline(text: string, options: DateOptions = {}): Dateline | undefined {
  let lineStart = 0;
  for (const line of text.slice(0, MAX_CHARS_SEARCHED).split('\n')) {
    const candidate = line.length <= MAX_LINE_CHARS ? readLine(line) : undefined;
    const dateline = candidate && toDateline(candidate, lineStart, line, options);
    if (dateline) return dateline;
    lineStart += line.length + 1;
  }
  return undefined;
}
