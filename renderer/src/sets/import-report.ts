/** The per-item report of a set import (Hypothesis' ImportResult, with re-anchoring). */
import type { AnnotationChange } from './changed-annotations';
import type { SetKind } from './import-destination';

/** What happened to one item of the file. */
export type ImportOutcomeKind =
  'imported' | 'duplicate' | 'changed' | 'moved' | 'reanchored' | 'orphaned' | 'error';

export interface ImportReportItem {
  kind: ImportOutcomeKind;
  /** Where in the file (`annotations[3]`, `a.ann:7`). */
  location: string;
  id?: string;
  /** The reason of an error, or what was done (the article it was matched to). */
  detail?: string;
  /** The item is a review comment, not an annotation: counted apart. */
  isComment?: true;
  /** Parts of a stored item that were not (an attribute of the wrong type), one reason each. */
  dropped?: readonly string[];
  /** A `changed` item: the held annotation, the file's version (kept, not stored) and what differs. */
  change?: AnnotationChange;
}

/** The whole import's report. */
export interface SetImportReport {
  formatLabel: string;
  /** The authors whose annotations were stored, with their names and the set each went to. */
  authors: { id: string; name: string; set: SetKind }[];
  articlesMatched: number;
  articlesCreated: number;
  items: ImportReportItem[];
  /** What reading found worth saying beside the items (spans read as covered by others). */
  notes?: string[];
}

/** How many annotation items of each kind (comments are counted by `countCommentOutcomes`). */
export function countOutcomes(report: SetImportReport): Record<ImportOutcomeKind, number> {
  const counts = {
    imported: 0,
    duplicate: 0,
    changed: 0,
    moved: 0,
    reanchored: 0,
    orphaned: 0,
    error: 0,
  };
  for (const item of report.items) if (!item.isComment) counts[item.kind] += 1;
  return counts;
}

/** How many review comments were imported, were already here, or were refused. */
export function countCommentOutcomes(report: SetImportReport): {
  imported: number;
  duplicate: number;
  error: number;
} {
  const counts = { imported: 0, duplicate: 0, error: 0 };
  for (const item of report.items) {
    if (item.isComment && item.kind in counts) counts[item.kind as keyof typeof counts] += 1;
  }
  return counts;
}
