/**
 * The metadata an ingested article carries across the process boundary: what the file
 * declares (HTML meta tags, PDF info, DOCX core properties) merged with what
 * `extractMetadata` reads in the text, as plain, bounded, serialisable values.
 */
import type {
  ArticleCredit,
  ArticleMetadata,
  MetadataSource,
  SourcedField,
} from '../../../preload/api';
import { isRtlLanguage } from '../../../renderer/src/text/rtl-languages';
import { readDeclaredDate } from './declared-date';
import type { ArticleMetadata as FoundMetadata } from './extract-metadata';

/** An author a file names, with the role it gives when it gives one. */
export interface DeclaredAuthor {
  name: string;
  role?: string;
}

/** What a file says about itself, as written. */
export interface DeclaredMetadata {
  authors?: readonly (string | DeclaredAuthor)[];
  /**
   * An ISO 8601 date or date-time, a PDF date (`D:20250311120000Z`), or a date as a page
   * writes it ("Wed, 11 Mar 2015 15:46:00 -0400").
   */
  publishedTime?: string;
  siteName?: string;
  /** Where the file declared each field (HTML pages say which tag or property). */
  sources?: Partial<Record<SourcedField, MetadataSource>>;
  /** `rtl` or `ltr` as the file marks its text. */
  direction?: 'rtl' | 'ltr';
  /** Prose the extracted article left out of the page (see `left-out-prose.ts`). */
  leftOut?: { chars: number; paragraphs: number };
  /** Why the file reads as an opinion piece (a JSON-LD type, a section), when it does. */
  opinion?: { reason: string };
}

/** Most credits and suggestions kept, and the longest string. */
export const MAX_CREDITS = 10;
export const MAX_SUGGESTIONS = 8;
export const MAX_METADATA_CHARS = 300;

const cut = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_METADATA_CHARS);

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` from a declared date as written (the time as
 * written, not shifted to UTC), or `undefined` when it holds no real day. See
 * `readDeclaredDate`, which also keeps the zone.
 */
export function toIsoDate(written: string): string | undefined {
  return readDeclaredDate(written)?.isoDate;
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
  for (const author of declared.authors ?? []) {
    const { name, role } = typeof author === 'string' ? { name: author, role: undefined } : author;
    add(
      role
        ? { name: cut(name), role: cut(role), kind: 'document' }
        : { name: cut(name), kind: 'document' },
    );
  }
  // Declared authors are the page's own word: the text only adds signatures (the MP who
  // signs the op-ed a journalist introduces), not its guesses at bylines.
  const isDeclared = list.length > 0;
  for (const byline of found.bylines) {
    if (isDeclared && byline.kind !== 'signature') continue;
    const credit: ArticleCredit = { name: cut(byline.name), kind: byline.kind };
    if (byline.role) credit.role = cut(byline.role);
    add(credit);
  }
  return list;
}

/**
 * Merges `declared` and `found` into the contract's `ArticleMetadata`: declared authors
 * come first (kind `document`), then credits found in the text (only signatures when the
 * file declared authors), without repeats; the declared date wins over one found in the
 * text, and a declared site name over an outlet guessed from the text (with `high`
 * confidence: the page names itself). Each field's source is recorded: the file's where it
 * declared it, else the text. `language` is the article's, for its direction. Pure.
 */
export function toIngestedMetadata(
  found: FoundMetadata,
  declared: DeclaredMetadata = {},
  language = 'und',
): ArticleMetadata {
  const bylines = credits(found, declared);
  const metadata: ArticleMetadata = {
    bylines,
    suggestions: found.suggestions
      .slice(0, MAX_SUGGESTIONS)
      .map(({ field, value, reason }) => ({ field, value, reason: cut(reason) })),
  };
  const sources: Partial<Record<SourcedField, MetadataSource>> = { ...declared.sources };
  const text: MetadataSource = { kind: 'text' };
  if (bylines.length > 0) {
    metadata.byline = cut(bylines.map((credit) => credit.name).join(', '));
    if (!declared.authors?.length) sources.byline = text;
  } else delete sources.byline;
  const declaredDate = declared.publishedTime
    ? readDeclaredDate(declared.publishedTime, { languageHint: language })
    : undefined;
  const foundDate = found.publishedDate;
  const date =
    declaredDate ?? (foundDate && { isoDate: foundDate.isoDate, timeZone: foundDate.timeZone });
  if (date) {
    metadata.publishedDate = date.isoDate;
    if (date.timeZone) metadata.publishedTimeZone = date.timeZone;
    if (!declaredDate) sources.publishedDate = text;
  } else delete sources.publishedDate;
  if (found.dateline) {
    const { place, date, agency } = found.dateline;
    metadata.dateline = { place: cut(place), agency: cut(agency) };
    if (date) metadata.dateline.date = date.isoDate;
  }
  const siteName = declared.siteName && cut(declared.siteName);
  // A name the page declares is high confidence; one read from its footer, medium.
  const declaredConfidence = declared.sources?.outlet?.kind === 'text' ? 'medium' : 'high';
  if (siteName) metadata.outlet = { name: siteName, confidence: declaredConfidence };
  else if (found.outlet) {
    metadata.outlet = { name: cut(found.outlet.name), confidence: found.outlet.confidence };
    sources.outlet = text;
  }
  const direction = declared.direction ?? (isRtlLanguage(language) ? 'rtl' : undefined);
  if (direction) metadata.direction = direction;
  if (direction && !declared.direction) sources.direction = { kind: 'language', detail: language };
  if (declared.leftOut) metadata.leftOut = { ...declared.leftOut };
  if (Object.keys(sources).length > 0) metadata.sources = sources;
  return metadata;
}
