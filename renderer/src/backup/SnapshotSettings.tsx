/**
 * The snapshot part of Settings: where automatic snapshots are written, the space they take,
 * and how many are kept (7 daily, 4 weekly, upgrade and before-change snapshots by default).
 * The host owns the folder and the policy (`main/host/backup/`); saving a policy prunes at once.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { RetentionPolicy, SnapshotFolder } from '../../../preload/api';
import { formatSize } from '../format/format-size';
import { useHostApi } from '../shell/useHostApi';

const FIELDS: { key: keyof RetentionPolicy; label: string; hint: string }[] = [
  { key: 'daily', label: 'Daily snapshots kept', hint: 'the newest of each day' },
  { key: 'weekly', label: 'Weekly snapshots kept', hint: 'the newest of each week' },
  { key: 'upgrade', label: 'Upgrade snapshots kept', hint: 'taken before a schema upgrade' },
  {
    key: 'beforeChange',
    label: 'Before-import and before-restore snapshots kept',
    hint: 'taken before a large import or a restore',
  },
];

/** Shows the snapshot folder, its size and the retention policy, which it can change. */
export function SnapshotSettings() {
  const api = useHostApi();
  const [folder, setFolder] = useState<SnapshotFolder | null>(null);
  const [draft, setDraft] = useState<RetentionPolicy | null>(null);
  const [message, setMessage] = useState('');
  const headingId = useId();

  useEffect(() => {
    let isCurrent = true;
    void api.backup.listSnapshots().then((answer) => {
      if (!isCurrent) return;
      if (answer.ok) {
        setFolder(answer.value);
        setDraft(answer.value.retention);
      } else setMessage(answer.error.message);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);

  const save = useCallback(async () => {
    if (!draft || !folder) return;
    const before = folder.snapshots.length;
    const answer = await api.backup.setRetention(draft);
    if (!answer.ok) return setMessage(answer.error.message);
    setFolder(answer.value);
    const removed = before - answer.value.snapshots.length;
    setMessage(
      removed > 0
        ? `Saved. ${removed} snapshot${removed === 1 ? '' : 's'} no longer kept ${removed === 1 ? 'was' : 'were'} removed.`
        : 'Saved. No snapshot was removed.',
    );
  }, [api, draft, folder]);

  return (
    <section className="snapshot-settings" aria-labelledby={headingId}>
      <h3 id={headingId}>Automatic snapshots</h3>
      {folder === null ? (
        <p>{message || 'Reading the snapshot folder…'}</p>
      ) : (
        <>
          <p>
            Snapshots are written to <code className="snapshot-folder">{folder.folder}</code>:{' '}
            {folder.snapshots.length} snapshot{folder.snapshots.length === 1 ? '' : 's'},{' '}
            {formatSize(folder.totalBytes)} in all.
          </p>
          <form
            className="snapshot-retention"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            {draft &&
              FIELDS.map(({ key, label, hint }) => (
                <label key={key}>
                  <span>
                    {label} <small>({hint})</small>
                  </span>
                  <input
                    type="number"
                    min={0}
                    max={365}
                    value={draft[key]}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        [key]: Math.max(0, Math.min(365, Math.trunc(Number(event.target.value)))),
                      })
                    }
                  />
                </label>
              ))}
            <button type="submit">Save retention</button>
          </form>
          <p role="status">{message}</p>
        </>
      )}
    </section>
  );
}
