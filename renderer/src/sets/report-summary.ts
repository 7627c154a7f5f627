/**
 * The import report's first sentence: counts by outcome, then articles matched and added,
 * each in the singular where there is one ("1 error", "1 article matched"). Pure.
 */
import { countOutcomes, type ImportOutcomeKind, type SetImportReport } from './import-report';

/** Each outcome as one item and as several: "1 error", "2 errors". */
const LABELS: Record<ImportOutcomeKind, [string, string]> = {
  imported: ['imported', 'imported'],
  duplicate: ['duplicate (already here)', 'duplicates (already here)'],
  changed: ['changed since you imported it', 'changed since you imported them'],
  moved: ['moved (same quote, new place)', 'moved (same quote, new place)'],
  reanchored: ['re-anchored (approximate match)', 're-anchored (approximate match)'],
  orphaned: ['orphaned (kept, flagged)', 'orphaned (kept, flagged)'],
  error: ['error', 'errors'],
};

/** "1 article", "3 articles", with thousands separated. */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** `W3C Web Annotation: 2 imported, 1 error. 1 article matched, 0 added to the library.` */
export function summariseReport(report: SetImportReport): string {
  const counts = countOutcomes(report);
  const outcomes =
    (Object.keys(LABELS) as ImportOutcomeKind[])
      .filter((kind) => counts[kind] > 0)
      .map((kind) => counted(counts[kind], ...LABELS[kind]))
      .join(', ') || 'nothing in the file';
  const matched = counted(report.articlesMatched, 'article', 'articles');
  const created = report.articlesCreated.toLocaleString('en');
  return `${report.formatLabel}: ${outcomes}. ${matched} matched, ${created} added to the library.`;
}
