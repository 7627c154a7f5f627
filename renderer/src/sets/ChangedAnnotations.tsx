/**
 * The annotations of an import that differ from the ones held with the same ids (a
 * colleague's file edited by hand since the last import): each with what changed, and the
 * choice to take the new versions as one undoable edit. Until then the held ones stay.
 */
import { useContext, useState } from 'react';
import { pathLabel } from '../codebook/codebook-lookup';
import { WorkspaceContext } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { describeChange, type AnnotationChange } from './changed-annotations';
import type { ImportReportItem } from './import-report';
import { takeNewVersions } from './take-new-versions';

type Taking = { kind: 'idle' | 'busy' | 'taken' | 'undone' } | { kind: 'failed'; reason: string };

/**
 * The changed items of a report, listed, with "Take the new versions"; nothing when none.
 * `where` names an item's place in the file (with the file's name).
 */
export function ChangedAnnotations({
  items,
  where = (location) => location,
}: {
  items: readonly ImportReportItem[];
  where?: (location: string) => string;
}) {
  const workspace = useContext(WorkspaceContext);
  const codebook = useActiveCodebook();
  const [taking, setTaking] = useState<Taking>({ kind: 'idle' });
  const changed = items.filter(
    (item): item is ImportReportItem & { change: AnnotationChange } =>
      item.kind === 'changed' && item.change !== undefined,
  );
  if (changed.length === 0) return null;
  const labelOf = (id: string) => (codebook && pathLabel(codebook, id)) || id;
  const one = changed.length === 1;
  const history = workspace?.history;

  const take = async () => {
    if (!history) return;
    setTaking({ kind: 'busy' });
    try {
      await history.apply(takeNewVersions(changed.map((item) => item.change)));
      setTaking({ kind: 'taken' });
    } catch (error) {
      setTaking({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const undo = async () => {
    await history?.undo();
    setTaking({ kind: 'undone' });
  };

  return (
    <section className="sets-changed" aria-label="Changed annotations">
      <p>
        {one
          ? '1 annotation of the file differs from the one you hold with its id'
          : `${changed.length.toLocaleString('en')} annotations of the file differ from the ones you hold with their ids`}
        {taking.kind === 'taken' ? '.' : ': yours are unchanged.'}
      </p>
      <ul className="sets-items">
        {changed.slice(0, 200).map((item, i) => (
          <li key={`${item.location}-${i}`} data-kind="changed">
            <strong>changed</strong> {where(item.location)}: {describeChange(item.change, labelOf)}
          </li>
        ))}
        {changed.length > 200 && <li>… and {changed.length - 200} more</li>}
      </ul>
      {history && taking.kind !== 'taken' && (
        <button type="button" disabled={taking.kind === 'busy'} onClick={() => void take()}>
          {one ? 'Take the new version' : 'Take the new versions'}
        </button>
      )}
      {taking.kind === 'taken' && (
        <p role="status">
          {one
            ? 'Took the new version.'
            : `Took ${changed.length.toLocaleString('en')} new versions.`}{' '}
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {taking.kind === 'undone' && <p role="status">Your versions are back.</p>}
      {taking.kind === 'failed' && (
        <p role="alert" className="sets-error">
          Nothing was changed: {taking.reason}
        </p>
      )}
    </section>
  );
}
