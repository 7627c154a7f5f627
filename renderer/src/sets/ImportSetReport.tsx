import {
  countCommentOutcomes,
  countOutcomes,
  type ImportOutcomeKind,
  type SetImportReport,
} from './import-report';

const LABELS: Record<ImportOutcomeKind, string> = {
  imported: 'imported',
  duplicate: 'duplicates (already here)',
  moved: 'moved (same quote, new place)',
  reanchored: 're-anchored (approximate match)',
  orphaned: 'orphaned (kept, flagged)',
  error: 'errors',
};

/**
 * Counts by outcome (review comments apart), whose annotations they are, and every item that
 * was not simply imported.
 */
export function ImportSetReport({ report }: { report: SetImportReport }) {
  const counts = countOutcomes(report);
  const comments = countCommentOutcomes(report);
  const notable = report.items.filter((item) => item.kind !== 'imported');
  return (
    <section className="sets-report" aria-label="Set import report">
      <p role="status">
        {report.formatLabel}:{' '}
        {(Object.keys(LABELS) as ImportOutcomeKind[])
          .filter((kind) => counts[kind] > 0)
          .map((kind) => `${counts[kind]} ${LABELS[kind]}`)
          .join(', ') || 'nothing in the file'}
        . {report.articlesMatched} articles matched, {report.articlesCreated} added to the library.
      </p>
      {comments.imported + comments.duplicate + comments.error > 0 && (
        <p className="sets-comments">
          Review comments: {comments.imported} imported, {comments.duplicate} already here,{' '}
          {comments.error} refused.
        </p>
      )}
      {report.authors.map((author) => (
        <p key={author.id} className="sets-author">
          {author.isSelf
            ? 'These annotations are your own (same analyst id) and rejoin your set.'
            : `Annotations by ${author.name}, kept apart from yours (colleague).`}
        </p>
      ))}
      {notable.length > 0 && (
        <ul className="sets-items">
          {notable.slice(0, 200).map((item, i) => (
            <li key={`${item.location}-${i}`} data-kind={item.kind}>
              <strong>{item.kind}</strong> {item.location}
              {item.detail ? `: ${item.detail}` : ''}
            </li>
          ))}
          {notable.length > 200 && <li>… and {notable.length - 200} more</li>}
        </ul>
      )}
    </section>
  );
}
