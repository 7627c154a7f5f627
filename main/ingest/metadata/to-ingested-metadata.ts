/**
 * The metadata an ingested article carries across the process boundary: what the file
 * declares (HTML meta tags, PDF info, DOCX core properties) merged with what
 * `extractMetadata` reads in the text, as plain, bounded, serialisable values.
 */
import type { ArticleCredit, ArticleMetadata } from '../../../preload/api';
import type { ArticleMetadata as FoundMetadata } from './extract-metadata';

/** What a file says about itself, as written. */
export interface DeclaredMetadata {
  authors?: readonly string[];
  /** An ISO 8601 date or date-time, or a PDF date (`D:20250311120000Z`). */
  publishedTime?: string;
  siteName?: string;
}

/** Most credits and suggestions kept, and the longest string. */
export const MAX_CREDITS = 10;
export const MAX_SUGGESTIONS = 8;
export const MAX_METADATA_CHARS = 300;

const cut = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_METADATA_CHARS);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?/;

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` from an ISO 8601 or PDF date as written (the time
 * as written, not shifted to UTC), or `undefined` when it is neither or is not a real day.
 */
export function toIsoDate(written: string): string | undefined {
  const match = ISO_DATE.exec(written.trim()) ?? PDF_DATE.exec(written.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    return undefined;
  }
  const isoDay = `${year}-${month}-${day}`;
  return hour !== undefined && minute !== undefined ? `${isoDay}T${hour}:${minute}` : isoDay;
}

function credits(found: FoundMetadata, declared: DeclaredMetadata): ArticleCredit[] {
  const list: ArticleCredit[] = [];
  const seen = new Set<string>();
  const add = (credit: ArticleCredit) => {
    const key = credit.name.toLocaleLowerCase();
    if (credit.name === '' || seen.has(key) || list.length >= MAX_CREDITS) return;
    seen.add(key);
    list.push(credit);
  };
  for (const name of declared.authors ?? []) add({ name: cut(name), kind: 'document' });
  for (const byline of found.bylines) {
    const credit: ArticleCredit = { name: cut(byline.name), kind: byline.kind };
    if (byline.role) credit.role = cut(byline.role);
    add(credit);
  }
  return list;
}

/**
 * Merges `declared` and `found` into the contract's `ArticleMetadata`: declared authors
 * come first (kind `document`), then credits found in the text, without repeats; the
 * declared date wins over one found in the text, and a declared site name over an outlet
 * guessed from the text (with `high` confidence: the page names itself). Pure.
 */
export function toIngestedMetadata(
  found: FoundMetadata,
  declared: DeclaredMetadata = {},
): ArticleMetadata {
  const bylines = credits(found, declared);
  const metadata: ArticleMetadata = {
    bylines,
    suggestions: found.suggestions
      .slice(0, MAX_SUGGESTIONS)
      .map(({ field, value, reason }) => ({ field, value, reason: cut(reason) })),
  };
  if (bylines.length > 0) metadata.byline = cut(bylines.map((credit) => credit.name).join(', '));
  const declaredDate = declared.publishedTime && toIsoDate(declared.publishedTime);
  const publishedDate = declaredDate || found.publishedDate?.isoDate;
  if (publishedDate) metadata.publishedDate = publishedDate;
  if (found.dateline) {
    const { place, date, agency } = found.dateline;
    metadata.dateline = { place: cut(place), agency: cut(agency) };
    if (date) metadata.dateline.date = date.isoDate;
  }
  const siteName = declared.siteName && cut(declared.siteName);
  if (siteName) metadata.outlet = { name: siteName, confidence: 'high' };
  else if (found.outlet) {
    metadata.outlet = { name: cut(found.outlet.name), confidence: found.outlet.confidence };
  }
  return metadata;
}
