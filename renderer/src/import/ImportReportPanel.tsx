/**
 * What the last import did: a one-line summary, then the duplicates (naming the article
 * already in the library), the skipped files grouped by reason, and the errors.
 */
import { useEffect } from 'react';
import type { ArticleId } from '../db/records';
import { NEWS_NOTICE_MS } from '../notices/notice-kind';
import { fileNameOf } from '../format/file-name';
import { groupFailuresByReason } from './failure-groups';
import { summarizeReport, type ImportReport } from './import-report';

interface ImportReportPanelProps {
  report: ImportReport;
  onDismiss: () => void;
  onOpenArticle: (id: ArticleId) => void;
}

/**
 * A region named "Import report"; Escape inside it, or Dismiss, hides it. A report with
 * nothing to read but its count ("Added 2") is news and goes by itself, like the other
 * notices; one naming duplicates, skipped files or errors stays until dismissed.
 */
export function ImportReportPanel({ report, onDismiss, onOpenArticle }: ImportReportPanelProps) {
  const groups = groupFailuresByReason(report.failures);
  const hasDetails = report.duplicates.length + report.failures.length + report.errors.length > 0;
  useEffect(() => {
    if (hasDetails) return undefined;
    const timer = window.setTimeout(onDismiss, NEWS_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [report, hasDetails, onDismiss]);
  const tone = report.errors.length > 0 || report.failures.length > 0 ? 'has-problems' : '';
  return (
    <section
      className={`import-report ${tone}`}
      aria-label="Import report"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <header className="import-report-header">
        <strong>{summarizeReport(report)}</strong>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </header>
      {hasDetails && (
        <div className="import-report-details">
          {report.duplicates.length > 0 && (
            <details open={report.duplicates.length <= 5}>
              <summary>Already in the library ({report.duplicates.length})</summary>
              <ul>
                {report.duplicates.map((duplicate) => (
                  <li key={duplicate.sourcePath}>
                    <span className="file-name" title={duplicate.sourcePath}>
                      {fileNameOf(duplicate.sourcePath)}
                    </span>{' '}
                    has the same text as{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenArticle(duplicate.existingId)}
                    >
                      {duplicate.existingTitle}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {groups.map((group) => (
            <details key={group.reason} open={report.failures.length <= 12}>
              <summary>
                {group.label} ({group.failures.length})
              </summary>
              <ul>
                {group.failures.map((failure) => (
                  <li key={failure.path} title={failure.path}>
                    {failure.message}
                  </li>
                ))}
              </ul>
            </details>
          ))}
          {report.errors.map((error, index) => (
            <p key={index} className="import-error">
              {error.message}
              {error.paths.length > 0 && ` (${error.paths.map(fileNameOf).join(', ')})`}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
