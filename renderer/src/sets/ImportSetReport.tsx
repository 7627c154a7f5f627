import { ChangedAnnotations } from './ChangedAnnotations';
import { locationInFile } from './report-location';
import type { SetKind } from './import-destination';
import { countCommentOutcomes, type SetImportReport } from './import-report';
import { summariseReport } from './report-summary';

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
export function ImportSetReport({
  report,
  fileName,
}: {
  report: SetImportReport;
  /** The picked file, named before locations that do not name a file (`annotations[3]`). */
  fileName?: string;
}) {
  const where = (location: string) => locationInFile(location, fileName);
  const comments = countCommentOutcomes(report);
  // Changed items are listed apart, with the action that takes their new versions.
  const notable = report.items.filter(
    (item) => item.kind !== 'changed' && (item.kind !== 'imported' || item.dropped),
  );
  const withDropped = report.items.filter((item) => item.dropped).length;
  return (
    <section className="sets-report" aria-label="Set import report">
      <p role="status">
        {summariseReport(report)}
        {withDropped > 0 &&
          ` ${withDropped.toLocaleString('en')} stored without some attributes (listed below).`}
      </p>
      {report.notes?.map((note) => (
        <p key={note} className="sets-note">
          {note}
        </p>
      ))}
      {comments.imported + comments.duplicate + comments.error > 0 && (
        <p className="sets-comments">
          Review comments: {comments.imported} imported, {comments.duplicate} already here,{' '}
          {comments.error} refused.
        </p>
      )}
      <ChangedAnnotations items={report.items} where={where} />
      {report.authors.map((author) => (
        <p key={author.id} className="sets-author">
          {WHERE[author.set](author.name)}
        </p>
      ))}
      {notable.length > 0 && (
        <ul className="sets-items">
          {notable.slice(0, 200).map((item, i) => (
            <li key={`${item.location}-${i}`} data-kind={item.kind}>
              <strong>{item.kind}</strong> {where(item.location)}
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
