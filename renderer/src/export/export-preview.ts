/**
 * The Export dialog's preview of a format's losses, from the set's counts: the kinds an
 * index counted, with their numbers, and the kinds the format may drop that only writing
 * the file can count. Pure.
 */
import type { ExportFormatId } from '../sets/export-formats';
import {
  DOCUMENT_LEVEL,
  dropsComments,
  dropsDocumentLevel,
  lossKindsOf,
  REVIEW_COMMENTS,
} from './format-losses';
import type { SetCounts } from './set-counts';

export interface ExportPreview {
  /** The annotations chosen (the set's, orphans included). */
  selected: number;
  /** Losses counted now, exactly: what the report will say of these kinds. */
  counted: { what: string; count: number }[];
  /** Kinds the format may drop that are counted when the file is written. */
  uncounted: string[];
}

/** The preview of `format` over a set counted as `counts`. */
export function previewOf(format: ExportFormatId, counts: SetCounts): ExportPreview {
  const counted: ExportPreview['counted'] = [];
  const known = new Set<string>();
  if (dropsDocumentLevel(format) && counts.documentLevel !== null) {
    known.add(DOCUMENT_LEVEL);
    if (counts.documentLevel > 0)
      counted.push({ what: DOCUMENT_LEVEL, count: counts.documentLevel });
  }
  if (dropsComments(format)) {
    known.add(REVIEW_COMMENTS);
    if (counts.comments > 0) counted.push({ what: REVIEW_COMMENTS, count: counts.comments });
  }
  const uncounted = lossKindsOf(format).filter((kind) => !known.has(kind));
  return { selected: counts.selected, counted, uncounted };
}
