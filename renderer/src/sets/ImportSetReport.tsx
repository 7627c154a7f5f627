import type { SetKind } from './import-destination';
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

/** Where an author's annotations went, in a sentence. */
const WHERE: Record<SetKind, (name: string) => string> = {
  colleague: (name) => `Annotations by ${name}, kept apart from yours (colleague).`,
  self: () => 'Restored into your own set, as you chose.',
  gold: (name) => `Written into the gold set (${name}), as you chose.`,
  'copy-of-self': (name) =>
    `The file names you as their author: imported as a separate set, “${name}”. Your own set is unchanged.`,
  'copy-of-gold': (name) =>
    `The file names the gold set as their author: imported as a separate set, “${name}”. The gold set is unchanged.`,
};

/**
 * Counts by outcome (review comments apart), whose annotations they are and which set they
 * went to, and every item that was not simply imported or lost a part on the way.
 */
export function ImportSetReport({ report }: { report: SetImportReport }) {
  const counts = countOutcomes(report);
  const comments = countCommentOutcomes(report);
  const notable = report.items.filter((item) => item.kind !== 'imported' || item.dropped);
  const withDropped = report.items.filter((item) => item.dropped).length;
  return (
    <section className="sets-report" aria-label="Set import report">
      <p role="status">
        {report.formatLabel}:{' '}
        {(Object.keys(LABELS) as ImportOutcomeKind[])
          .filter((kind) => counts[kind] > 0)
          .map((kind) => `${counts[kind]} ${LABELS[kind]}`)
          .join(', ') || 'nothing in the file'}
        . {report.articlesMatched} articles matched, {report.articlesCreated} added to the library.
        {withDropped > 0 && ` ${withDropped} stored without some attributes (listed below).`}
      </p>
      {comments.imported + comments.duplicate + comments.error > 0 && (
        <p className="sets-comments">
          Review comments: {comments.imported} imported, {comments.duplicate} already here,{' '}
          {comments.error} refused.
        </p>
      )}
      {report.authors.map((author) => (
        <p key={author.id} className="sets-author">
          {WHERE[author.set](author.name)}
        </p>
      ))}
      {notable.length > 0 && (
        <ul className="sets-items">
          {notable.slice(0, 200).map((item, i) => (
            <li key={`${item.location}-${i}`} data-kind={item.kind}>
              <strong>{item.kind}</strong> {item.location}
              {item.detail ? `: ${item.detail}` : ''}
              {item.dropped ? `; ${item.dropped.join('; ')}` : ''}
            </li>
          ))}
          {notable.length > 200 && <li>… and {notable.length - 200} more</li>}
        </ul>
      )}
    </section>
  );
}
