/**
 * Everything Sourcemark can read about an article from its text alone: title, authors,
 * date, dateline and outlet, and suggestions for the document-level fields of the
 * codebook that the analyst confirms or dismisses.
 */
import { basename, dirname } from 'node:path';
import { extractTitle } from '../extract-title';
import { extractBylines, readHeaderByline, type Byline } from './extract-byline';
import { extractDateline, type Dateline } from './extract-dateline';
import { extractOutlet, type OutletGuess } from './extract-outlet';
import { inferYearFromWeekday } from './infer-year';
import { findDates, type DateMatch, type DateOptions } from './parse-date';
import type { TextSpan } from './text-span';
import { suggestDocumentFields, type DocumentSuggestion, type SuggestionClues } from './suggest';

/** What `extractMetadata` reads. */
export interface MetadataInput {
  /** The article's normalised text (lines separated by `\n`). */
  text: string;
  /** The title when the source declared one; else it is found in the text. */
  title?: string;
  /** Path of the source file; its folder's name is a clue to the outlet. */
  sourcePath: string;
  /** ISO 639-1 code of the text's language, preferred for ambiguous month names. */
  language: string;
  /** Year given to dates written without one ("Bakou, 11 mars"), e.g. the file's year. */
  referenceYear?: number;
  /** Why the file itself reads as opinion (a JSON-LD type or section), when it does. */
  opinion?: { reason: string };
  /**
   * The article's body in a page dump: credits are read on its first lines (and the few
   * just above it, where the byline sits) and in its signature, not in the page's teasers.
   */
  bodyRanges?: readonly TextSpan[];
  /** A page dump's headline line: its byline may be a name alone below it. */
  headline?: TextSpan;
}

/** What was found. Nothing here is applied to the document without the analyst. */
export interface ArticleMetadata {
  title: string;
  bylines: Byline[];
  publishedDate?: DateMatch;
  dateline?: Dateline;
  outlet?: OutletGuess;
  suggestions: DocumentSuggestion[];
}

// The publication date of a page dump sits above the article: before its first paragraph,
// which is longer than any headline (titles are cut at 200 characters).
const PROSE_LINE_CHARS = 200;
const MAX_CHARS_BEFORE_PROSE = 16 * 1024;

// Wire copy opens its first paragraph with the date: "Feb. 23, 2015 -- Life-threatening…".
const LEADING_DATE_CHARS = 40;

function publicationDate(text: string, options: DateOptions): DateMatch | undefined {
  let end = 0;
  for (const line of text.slice(0, MAX_CHARS_BEFORE_PROSE).split('\n')) {
    if (line.length >= PROSE_LINE_CHARS) {
      end += LEADING_DATE_CHARS;
      break;
    }
    end += line.length + 1;
  }
  return findDates(text.slice(0, end), options).find((date) => date.hasYear);
}

/** Lines above the body where its byline may sit (headline, deck, byline, share bar). */
const LINES_ABOVE_BODY = 12;
/** Characters after the body where its signature may sit. */
const CHARS_AFTER_BODY = 600;

function creditsOfBody(
  bylines: Byline[],
  text: string,
  bodyRanges: readonly TextSpan[] | undefined,
): Byline[] {
  const first = bodyRanges?.[0];
  const last = bodyRanges?.at(-1);
  if (!first || !last) return bylines;
  let from = first.start;
  for (let n = 0; n < LINES_ABOVE_BODY && from > 0; n++)
    from = text.lastIndexOf('\n', from - 2) + 1;
  const to = last.end + CHARS_AFTER_BODY;
  return bylines.filter((byline) => byline.span.start >= from && byline.span.end <= to);
}

/**
 * A year-less dateline date with the year its dispatch implies ("ce mardi"), else as found
 * (with the reference year).
 */
function withInferredYear(text: string, dateline: Dateline, referenceYear: number): Dateline {
  const date = dateline.date;
  if (!date || date.hasYear) return dateline;
  const [, month, day] = /^(?:\d{4}|-)-(\d{2})-(\d{2})/.exec(date.isoDate) ?? [];
  if (!month || !day) return dateline;
  const after = text.slice(dateline.span.end);
  const year = inferYearFromWeekday(after, Number(month), Number(day), referenceYear);
  if (year === undefined || year === referenceYear) return dateline;
  const isoDate = date.isoDate.replace(/^(?:\d{4}|-)/, String(year).padStart(4, '0'));
  return { ...dateline, date: { ...date, isoDate } };
}

/**
 * The metadata of one article. The published date is the dateline's, else the first
 * date with a year above the first paragraph or opening it ("Feb. 23, 2015 -- …"). Suggestions follow `suggestDocumentFields`.
 * Pure apart from reading `sourcePath` as a string (the file is not opened).
 */
export function extractMetadata(input: MetadataInput): ArticleMetadata {
  const { text, sourcePath, language, referenceYear } = input;
  const options: DateOptions = { languageHint: language };
  if (referenceYear !== undefined) options.referenceYear = referenceYear;
  const title = input.title ?? extractTitle(text);
  const bylines = creditsOfBody(extractBylines(text), text, input.bodyRanges);
  // Without a "By", a dump's byline is the name under its headline.
  const header =
    input.headline && !bylines.some((b) => b.kind === 'byline')
      ? readHeaderByline(text, input.headline.end)
      : undefined;
  if (header) bylines.unshift(header);
  const found = extractDateline(text, options);
  const dateline =
    found && referenceYear !== undefined ? withInferredYear(text, found, referenceYear) : found;
  const outlet = extractOutlet({ text, folderName: basename(dirname(sourcePath)), dateline });
  const publishedDate = dateline?.date ?? publicationDate(text, options);
  const metadata: ArticleMetadata = { title, bylines, suggestions: [] };
  if (publishedDate) metadata.publishedDate = publishedDate;
  if (dateline) metadata.dateline = dateline;
  if (outlet) metadata.outlet = outlet;
  const clues: SuggestionClues = { title, bylines, dateline, outlet };
  if (input.opinion) clues.opinion = input.opinion;
  metadata.suggestions = suggestDocumentFields(clues);
  return metadata;
}
