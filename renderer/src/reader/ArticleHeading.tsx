/**
 * The reader's heading: the article's title and what ingestion read about it (byline with
 * roles, outlet, date, dateline, language), each corrected in place. A correction is
 * stored beside what was found (`metadataEdits`), which stays for export and for restoring.
 */
import { memo } from 'react';
import type { ArticleCredit, ArticleMetadata } from '../../../preload/api';
import type { ArticleRecord, MetadataField } from '../db/records';
import { languageName } from '../format/format-language';
import { otherLanguages } from '../metadata/other-languages';
import { formatPublishedDate } from '../format/format-published-date';
import { correctMetadataField } from '../library/metadata-edits-repository';
import { readFieldInput } from '../metadata/field-input';
import { describeSource } from '../metadata/field-source';
import {
  bylineCredits,
  shownMetadata,
  signatureCredits,
  type ShownField,
} from '../metadata/shown-metadata';
import { InPlaceField } from './InPlaceField';
import '../styles/metadata.css';

interface ArticleHeadingProps {
  article: ArticleRecord;
}

const LABELS: Record<MetadataField, string> = {
  title: 'Title',
  byline: 'Byline',
  signedBy: 'Signed by',
  outlet: 'Outlet',
  publishedDate: 'Published',
  dateline: 'Dateline',
  language: 'Language',
};

const FORMATS: Partial<Record<MetadataField, string>> = {
  publishedDate: 'YYYY-MM-DD HH:mm',
  language: 'fr, tr, ru…',
  byline: 'Name, role; Name',
  signedBy: 'Name, role',
};

function Credits({ credits }: { credits: readonly ArticleCredit[] }) {
  // Written as the edit text is ("Name, role; Name"), the role set off in italics.
  return credits.map((credit, index) => (
    <span key={index} className="meta-credit">
      {index > 0 && '; '}
      {credit.name}
      {credit.role && <span className="meta-role">, {credit.role}</span>}
    </span>
  ));
}

function sourceOf(field: MetadataField, shown: ShownField, metadata?: ArticleMetadata): string {
  if (shown.isEdited) return `Your correction; found at import: ${shown.found || 'nothing'}`;
  const confidence =
    field === 'outlet' && metadata?.outlet ? ` (${metadata.outlet.confidence} confidence)` : '';
  // A signature is read from the end of the text itself, never from the page's markup.
  const recorded =
    field === 'dateline' || field === 'signedBy'
      ? undefined
      : describeSource(metadata?.sources?.[field]);
  if (recorded) return `${recorded}${confidence}`;
  // Articles stored before sources were recorded.
  if (confidence) return `Guessed from the text${confidence}`;
  return field === 'title' || field === 'language' ? 'Read from the file' : 'Found in the text';
}

/** The zone the page gave with its time, as a reader writes it ("UTC+04:00", "UTC"). */
function zoneNote(metadata: ArticleMetadata | undefined, shown: ShownField): string {
  const zone = metadata?.publishedTimeZone;
  if (!zone || shown.isEdited || !shown.value.includes('T')) return '';
  return zone === 'Z' ? ' UTC' : ` UTC${zone}`;
}

/** How a field's value is shown when it is what ingestion found or a correction. */
function display(field: MetadataField, shown: ShownField, metadata?: ArticleMetadata) {
  if (field === 'byline' && !shown.isEdited && metadata) {
    return <Credits credits={bylineCredits(metadata.bylines)} />;
  }
  if (field === 'signedBy' && !shown.isEdited && metadata) {
    return <Credits credits={signatureCredits(metadata.bylines)} />;
  }
  if (field === 'publishedDate') {
    return `${formatPublishedDate(shown.value)}${zoneNote(metadata, shown)}`;
  }
  if (field === 'language') {
    const others = otherLanguages(metadata?.languageRanges, shown.value);
    if (others.length === 0) return languageName(shown.value);
    const also = others
      .map((o) => `${languageName(o.language)} (${Math.round(o.share * 100)}% of the text)`)
      .join(', ');
    return (
      <>
        {languageName(shown.value)}
        <span className="meta-role">; also {also}</span>
      </>
    );
  }
  return shown.value;
}

// The edit text of a date reads "2025-08-10 16:55": easier to type than the ISO `T`.
const editText = (field: MetadataField, value: string) =>
  field === 'publishedDate' ? value.replace('T', ' ') : value;

/**
 * The title as the page's heading, and the metadata line under it. Memoised: the reader
 * renders again at every annotation change, and the article record stays the same object.
 */
export const ArticleHeading = memo(function ArticleHeading({ article }: ArticleHeadingProps) {
  const shown = shownMetadata(article);
  const store = async (field: MetadataField, value: string): Promise<string | null> => {
    try {
      await correctMetadataField(article.id, field, value);
      return null;
    } catch (error) {
      return `Not saved: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const save = (field: MetadataField, raw: string): Promise<string | null> => {
    const input = readFieldInput(field, raw);
    return input.ok ? store(field, input.value) : Promise.resolve(input.message);
  };
  const field = (name: MetadataField) => (
    <InPlaceField
      key={name}
      label={LABELS[name]}
      value={editText(name, shown[name].value)}
      display={display(name, shown[name], article.metadata)}
      source={sourceOf(name, shown[name], article.metadata)}
      format={FORMATS[name]}
      isHeading={name === 'title'}
      onRestore={shown[name].isEdited ? () => void store(name, shown[name].found) : undefined}
      onSave={(raw) => save(name, raw)}
    />
  );
  return (
    <>
      {field('title')}
      <div className="article-metadata" role="group" aria-label="Article metadata">
        {(['byline', 'signedBy', 'outlet', 'publishedDate', 'dateline', 'language'] as const).map(
          field,
        )}
      </div>
    </>
  );
});
