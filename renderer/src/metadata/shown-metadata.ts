/**
 * What the library and the reader show of an article's metadata: what ingestion found
 * (`ArticleRecord.metadata`, the title and the language, kept as found) with the analyst's
 * corrections (`metadataEdits`) winning field by field. Pure.
 */
import type { ArticleCredit, ArticleMetadata } from '../../../preload/api';
import type { ArticleRecord, MetadataField } from '../db/records';

/** The fields in the order the reader's header shows them. */
export const METADATA_FIELDS: readonly MetadataField[] = [
  'title',
  'byline',
  'signedBy',
  'outlet',
  'publishedDate',
  'dateline',
  'language',
];

/** One field as shown, with what ingestion found beside it. */
export interface ShownField {
  /** The analyst's correction when there is one, else what was found; `''` for none. */
  value: string;
  /** What ingestion found, as the analyst would write it; `''` for nothing. */
  found: string;
  /** Whether the analyst's correction is shown instead of what was found. */
  isEdited: boolean;
}

export type ShownMetadata = Record<MetadataField, ShownField>;

/** The article fields `shownMetadata` reads. */
export type MetadataSource = Pick<
  ArticleRecord,
  'title' | 'language' | 'metadata' | 'metadataEdits'
>;

/**
 * Credits as one line an analyst can read and retype: credits separated by `; `, each
 * with its role after a comma ("Kadir Duran; Mazahir Afandiyev, Membre du Milli Majlis").
 */
export function formatCredits(credits: readonly ArticleCredit[]): string {
  return credits
    .map((credit) => (credit.role ? `${credit.name}, ${credit.role}` : credit.name))
    .join('; ');
}

/** The credits of the byline and of the file's properties: everything but the signature. */
export function bylineCredits(credits: readonly ArticleCredit[]): ArticleCredit[] {
  return credits.filter((credit) => credit.kind !== 'signature');
}

/** The credits found in a signature at the end of the text. */
export function signatureCredits(credits: readonly ArticleCredit[]): ArticleCredit[] {
  return credits.filter((credit) => credit.kind === 'signature');
}

function dayAndMonth(isoDate: string, language: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
  const date = Date.UTC(Number(year), Number(month) - 1, Number(day));
  try {
    // In the article's language, as the dateline was written ("11 mars", not "March 11").
    return new Intl.DateTimeFormat(language === 'und' ? undefined : language, options).format(date);
  } catch {
    // An ill-formed language tag: the user's locale will do.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

/**
 * An agency dateline as a dispatch writes it ("Bakou, 11 mars, AZERTAC"), the day and
 * month in the article's `language`; the year is not written, as datelines omit it.
 */
export function formatDateline(dateline: ArticleMetadata['dateline'], language: string): string {
  if (!dateline) return '';
  const date = dateline.date ? dayAndMonth(dateline.date, language) : undefined;
  return [dateline.place, date, dateline.agency].filter(Boolean).join(', ');
}

/** What ingestion found for each field, as text (`''` for nothing). */
export function foundMetadata(article: MetadataSource): Record<MetadataField, string> {
  const metadata = article.metadata;
  return {
    title: article.title,
    // The byline ("Par Kadir Duran", who wrote the intro or the report) apart from the
    // signature that ends an op-ed (the MP who wrote it): two people, two roles.
    byline: formatCredits(bylineCredits(metadata?.bylines ?? [])),
    signedBy: formatCredits(signatureCredits(metadata?.bylines ?? [])),
    outlet: metadata?.outlet?.name ?? '',
    publishedDate: metadata?.publishedDate ?? '',
    dateline: formatDateline(metadata?.dateline, article.language),
    language: article.language,
  };
}

/**
 * A byline correction without the signer's credits. Corrections made before the signature
 * had a field of its own were typed over a byline that listed the signer too ("Kadir Duran;
 * Mazahir Afandiyev, Membre du Milli Majlis"); shown as is, the signer would appear twice.
 * Only a credit spelled exactly as the signature field shows it is taken out.
 */
function bylineWithoutSigner(edit: string, signedBy: string): string {
  if (signedBy === '') return edit;
  const signers = new Set(signedBy.split('; '));
  const credits = edit.split('; ');
  const kept = credits.filter((credit) => !signers.has(credit));
  return kept.length === credits.length ? edit : kept.join('; ');
}

/** Each field as shown: the analyst's correction over what was found. */
export function shownMetadata(article: MetadataSource): ShownMetadata {
  const found = foundMetadata(article);
  const stored = article.metadataEdits?.fields ?? {};
  const edits: Partial<Record<MetadataField, string>> = { ...stored };
  const signedBy = stored.signedBy ?? found.signedBy;
  if (stored.byline !== undefined) edits.byline = bylineWithoutSigner(stored.byline, signedBy);
  const shown = {} as ShownMetadata;
  for (const field of METADATA_FIELDS) {
    const edit = edits[field];
    const isEdited = edit !== undefined && edit !== found[field];
    shown[field] = { value: isEdited ? edit : found[field], found: found[field], isEdited };
  }
  return shown;
}
