/**
 * The outcome of an import, item by item: added, duplicate (naming the article already in
 * the library), skipped with the host's reason, or not imported because of an error or a
 * cancel. Built by `import-session.ts`, shown by `ImportReportPanel`.
 */
import type { IngestFailure } from '../../../preload/api';
import type { ArticleId } from '../db/records';

/** An article stored by the import. */
export interface AddedArticle {
  id: ArticleId;
  title: string;
  sourcePath: string;
}

/** A file whose text was already in the library (or earlier in the same import). */
export interface DuplicateArticle {
  sourcePath: string;
  existingTitle: string;
  existingId: ArticleId;
}

/** A host or storage error that kept `paths` out of the library. */
export interface ImportError {
  message: string;
  paths: string[];
}

/** Everything one import (or several run back to back) did. */
export interface ImportReport {
  added: AddedArticle[];
  duplicates: DuplicateArticle[];
  /** Files the host passed over (folder scan or ingestion), each with its reason and message. */
  failures: IngestFailure[];
  errors: ImportError[];
  /** Files never attempted because the user cancelled. */
  notImported: number;
  isCancelled: boolean;
}

/** A report of nothing. */
export function emptyReport(): ImportReport {
  return {
    added: [],
    duplicates: [],
    failures: [],
    errors: [],
    notImported: 0,
    isCancelled: false,
  };
}

/** One report holding both `first` and `second`, in that order. */
export function mergeReports(first: ImportReport, second: ImportReport): ImportReport {
  return {
    added: [...first.added, ...second.added],
    duplicates: [...first.duplicates, ...second.duplicates],
    failures: [...first.failures, ...second.failures],
    errors: [...first.errors, ...second.errors],
    notImported: first.notImported + second.notImported,
    isCancelled: first.isCancelled || second.isCancelled,
  };
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The report's one-line summary, such as "Added 3 · 1 duplicate · 2 skipped". */
export function summarizeReport(report: ImportReport): string {
  const parts = [`Added ${report.added.length}`];
  if (report.duplicates.length > 0) parts.push(count(report.duplicates.length, 'duplicate'));
  if (report.failures.length > 0) parts.push(`${report.failures.length} skipped`);
  if (report.errors.length > 0) parts.push(count(report.errors.length, 'error'));
  if (report.isCancelled) {
    parts.push(
      report.notImported > 0
        ? `cancelled, ${count(report.notImported, 'file')} not imported`
        : 'cancelled',
    );
  }
  return parts.join(' · ');
}
