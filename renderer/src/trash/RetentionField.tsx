import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { readTrashRetentionDays, writeTrashRetentionDays } from './trash-retention';

/** "Keep deleted items for N days": the trash's retention, applied to later deletes. */
export function RetentionField({ notify }: { notify: (message: string) => void }) {
  const stored = useLiveQuery(readTrashRetentionDays, []);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (stored === undefined ? '' : String(stored));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const days = Number(shown);
    writeTrashRetentionDays(days).then(
      () => {
        setDraft(null);
        notify(`The trash keeps what is deleted from now on for ${days} days.`);
      },
      (error: unknown) => notify(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <form className="retention-field" onSubmit={onSubmit}>
      <label>
        Keep deleted items for{' '}
        <input
          type="number"
          min={1}
          max={3650}
          step={1}
          required
          value={shown}
          onChange={(event) => setDraft(event.target.value)}
        />{' '}
        days
      </label>
      <button type="submit" disabled={draft === null}>
        Save
      </button>
    </form>
  );
}
