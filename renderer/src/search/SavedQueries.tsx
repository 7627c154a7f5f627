/**
 * The side list of saved queries: run one with a click, save the current one under a name,
 * delete one (with Undo until the next deletion).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { SavedQueryRecord } from '../db/records';
import {
  deleteQuery,
  listSavedQueries,
  restoreQuery,
  saveQuery,
  savedSearchOf,
  type SavedSearch,
} from './saved-query-repository';

interface SavedQueriesProps {
  current: SavedSearch;
  onRun(search: SavedSearch): void;
}

export function SavedQueries({ current, onRun }: SavedQueriesProps) {
  const saved = useLiveQuery(listSavedQueries, []);
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<SavedQueryRecord | null>(null);
  const canSave = current.text.trim() !== '' && name.trim() !== '';

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (!canSave) return;
    void saveQuery(name.trim(), current).then(() => setName(''));
  };

  return (
    <aside className="saved-queries" aria-labelledby="saved-queries-title">
      <h2 id="saved-queries-title">Saved queries</h2>
      <form onSubmit={onSave} className="saved-query-form">
        <label>
          Name
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="False claims, 2025"
          />
        </label>
        <button type="submit" disabled={!canSave}>
          Save query
        </button>
      </form>
      {saved === undefined ? null : saved.length === 0 ? (
        <p className="saved-empty">No saved queries yet: type a search, name it and save it.</p>
      ) : (
        <ul>
          {saved.map((record) => {
            const search = savedSearchOf(record);
            return (
              <li key={record.id}>
                <button
                  type="button"
                  className="saved-run"
                  disabled={!search}
                  title={search ? search.text : 'Saved by a newer version of Sourcemark'}
                  onClick={() => search && onRun(search)}
                >
                  <span className="saved-name">{record.name}</span>
                  <span className="saved-text">{search?.text}</span>
                </button>
                <button
                  type="button"
                  className="saved-delete"
                  aria-label={`Delete saved query ${record.name}`}
                  onClick={() =>
                    void deleteQuery(record.id).then((gone) => setDeleted(gone ?? null))
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {deleted && (
        <p className="saved-undo" role="status">
          Deleted “{deleted.name}”.{' '}
          <button
            type="button"
            onClick={() => void restoreQuery(deleted).then(() => setDeleted(null))}
          >
            Undo
          </button>
        </p>
      )}
    </aside>
  );
}
