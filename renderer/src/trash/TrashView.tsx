/**
 * The trash screen: what was deleted, each with Restore and Delete forever; how long the
 * trash keeps things; colleagues' imported sets, each of which can be deleted; and what
 * the workspace takes on disk. Every action here is on the undo history.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { TrashRecord } from '../db/records';
import { formatDateTime } from '../format/format-date';
import { useLibraryUndoKeys } from '../library-actions/useLibraryUndoKeys';
import { useLibraryRowActions } from '../library-actions/useLibraryRowActions';
import { WorkspaceContext } from '../shell/workspace-context';
import { useEscapeLayer } from '../shell/useEscapeLayer';
import { StoragePanel } from '../storage/StoragePanel';
import { importedSetDeletion, permanentDeletion, restoration } from './trash-changes';
import { annotationCountOf } from './trash-records';
import { RetentionField } from './RetentionField';
import '../styles/trash.css';

const KIND_WORDS: Record<TrashRecord['kind'], string> = {
  article: 'Article',
  importedSet: 'Imported set',
  codebookItem: 'Codebook item',
};

function contentsOf(record: TrashRecord): string {
  const annotations = annotationCountOf(record);
  const comments = record.rows['comments']?.length ?? 0;
  const versions = record.rows['articleVersions']?.length ?? 0;
  const parts = [`${annotations} ${annotations === 1 ? 'annotation' : 'annotations'}`];
  if (comments > 0) parts.push(`${comments} ${comments === 1 ? 'comment' : 'comments'}`);
  if (versions > 0) parts.push(`${versions} earlier ${versions === 1 ? 'text' : 'texts'}`);
  return parts.join(', ');
}

interface TrashViewProps {
  notify: (message: string) => void;
  onClose: () => void;
}

export function TrashView({ notify, onClose }: TrashViewProps) {
  const history = useContext(WorkspaceContext)?.history;
  const actions = useLibraryRowActions(notify);
  useLibraryUndoKeys(true, actions);
  useEscapeLayer('screen', () => {
    onClose();
    return true;
  });
  const records = useLiveQuery(() => db.trash.orderBy('deletedAt').reverse().toArray(), []);
  const colleagues = useLiveQuery(
    () => db.analysts.where('role').equals('colleague').toArray(),
    [],
  );
  const [busy, setBusy] = useState(false);

  const run = (work: () => Promise<string>) => {
    if (!history) return;
    setBusy(true);
    work()
      .then(notify, (error: unknown) =>
        notify(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="trash-view" aria-labelledby="trash-heading">
      <header className="trash-header">
        <h1 id="trash-heading">Trash</h1>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          Back to library
        </button>
      </header>
      <div className="trash-body">
        <section aria-labelledby="trash-items-heading">
          <h2 id="trash-items-heading">Deleted items</h2>
          <RetentionField notify={notify} />
          {records === undefined ? null : records.length === 0 ? (
            <p className="trash-empty">
              The trash is empty. Deleted articles and imported sets wait here, with their
              annotations and comments, until their retention ends.
            </p>
          ) : (
            <table className="trash-table" aria-label="Deleted items">
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Held with it</th>
                  <th scope="col">Deleted</th>
                  <th scope="col">Kept until</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.id}>
                    <th scope="row">{record.label}</th>
                    <td>{KIND_WORDS[record.kind]}</td>
                    <td>{contentsOf(record)}</td>
                    <td>{formatDateTime(record.deletedAt)}</td>
                    <td>{formatDateTime(record.purgeAfter)}</td>
                    <td className="trash-actions">
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={`Restore “${record.label}”`}
                        onClick={() =>
                          run(async () => {
                            await history!.apply(restoration(record));
                            return `Restored “${record.label}” with ${contentsOf(record)}.`;
                          })
                        }
                      >
                        Restore
                      </button>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        aria-label={`Delete “${record.label}” forever`}
                        onClick={() =>
                          run(async () => {
                            await history!.apply(permanentDeletion([record]));
                            return `Deleted “${record.label}” forever. Undo (Ctrl+Z) puts it back in the trash.`;
                          })
                        }
                      >
                        Delete forever
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="trash-sets-heading">
          <h2 id="trash-sets-heading">Imported colleague sets</h2>
          {colleagues === undefined ? null : colleagues.length === 0 ? (
            <p className="trash-empty">No colleague’s set is imported.</p>
          ) : (
            <ul className="trash-sets">
              {colleagues.map((analyst) => (
                <li key={analyst.id}>
                  <span>
                    {analyst.name}
                    {analyst.importedAt && (
                      <span className="trash-muted">
                        {' '}
                        · imported {formatDateTime(analyst.importedAt)}
                      </span>
                    )}
                  </span>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Move ${analyst.name}’s imported set to the trash`}
                    onClick={() =>
                      run(async () => {
                        const change = await history!.apply(
                          await importedSetDeletion(analyst.id as AuthorId),
                        );
                        const record = change.trash?.[0]?.after;
                        return record
                          ? `Moved ${record.label} to the trash (${contentsOf(record)}).`
                          : `${analyst.name} has no imported set to delete.`;
                      })
                    }
                  >
                    Move to trash
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <StoragePanel />
      </div>
    </section>
  );
}
