/**
 * What each format can drop, by kind, known before anything is read: the loss kinds its
 * exporter reports (the same strings, so the preview and the final report name a loss
 * alike). The preview counts the kinds an index can count (`set-counts.ts`) and names the
 * others, which depend on every annotation's content or on the texts (a CoNLL overlap, a
 * brat attribute with spaces), as counted in the report once the file is written.
 */
import { MERGED_AUTHORS } from '../formats/shared/export-input';
import { CODED_ATTRIBUTE_VALUES } from '../formats/refi-qda/qde-selections';
import type { ExportFormatId } from '../sets/export-formats';

export const DOCUMENT_LEVEL = 'document-level annotations';
export const REVIEW_COMMENTS = 'review comments';
export const ORPHANED = 'orphaned annotations (not found again in the changed text)';

/** Formats that hold spans only, and so drop document-level annotations. */
const SPAN_FORMATS: ReadonlySet<ExportFormatId> = new Set([
  'doccano',
  'label-studio',
  'brat',
  'conll',
  'semeval',
]);

/** Each format's own kinds, as its exporter words them (`formats/<format>/*-export.ts`). */
const OWN_KINDS: Record<ExportFormatId, readonly string[]> = {
  native: [],
  w3c: [],
  csv: [],
  doccano: ['attributes', 'notes', 'entity links', 'links to annotations missing from the article'],
  'label-studio': [
    'attributes',
    'entity links',
    'links to annotations by another author or article',
  ],
  brat: [
    'one-value lists in attributes (read back as a single value)',
    'attribute names or values with spaces (written with _)',
    'links to annotations missing from the article',
    "registry entities named as a claim's source",
    'entity links without a Wikidata QID',
    'line breaks in notes (written as spaces)',
  ],
  conll: [
    'non-entity labels',
    'spans without a token',
    'overlapping spans',
    'span edges inside a word (read back as whole words)',
    'relations',
    'notes',
    'attributes',
  ],
  semeval: [
    'non-technique labels',
    'annotations outside their article text',
    'notes',
    'attributes',
  ],
  'refi-qda': [
    'annotations outside their article text',
    "attribution links (a claim's source and cue)",
    'links to registry entities',
    'attribute values (claim type, verdict, genre…)',
    CODED_ATTRIBUTE_VALUES,
    'characters XML 1.0 forbids (removed from names and notes)',
  ],
};

/** Whether `format` drops document-level annotations. */
export function dropsDocumentLevel(format: ExportFormatId): boolean {
  return SPAN_FORMATS.has(format);
}

/** Whether `format` drops review comments (only native and W3C files carry threads). */
export function dropsComments(format: ExportFormatId): boolean {
  return format !== 'native' && format !== 'w3c';
}

/** Whether `format` leaves orphaned annotations out (every format but the native set). */
export function dropsOrphans(format: ExportFormatId): boolean {
  return format !== 'native';
}

/**
 * Every kind `format` may report dropped, in the order its report lists them. A set is one
 * analyst's, so the merged-authorship loss of formats without an annotator field never
 * applies and is not listed.
 */
export function lossKindsOf(format: ExportFormatId): string[] {
  return [
    ...(dropsDocumentLevel(format) ? [DOCUMENT_LEVEL] : []),
    ...OWN_KINDS[format].filter((kind) => kind !== MERGED_AUTHORS),
    ...(dropsOrphans(format) ? [ORPHANED] : []),
    ...(dropsComments(format) ? [REVIEW_COMMENTS] : []),
  ];
}
