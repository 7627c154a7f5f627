/**
 * The analyst's name in the top bar: an inline prompt while it is empty ("Your name, for
 * your annotations"), and a button to edit it later. Never blocks the app.
 */
import { useContext, useState } from 'react';
import { WorkspaceContext } from '../shell/workspace-context';
import { renameAnalyst } from '../store/analyst-repository';
import '../styles/sets.css';

/** The name prompt or the name, editable. */
export function AnalystName() {
  const workspace = useContext(WorkspaceContext);
  const [draft, setDraft] = useState<string | null>(null);
  const [isDismissed, setDismissed] = useState(false);
  if (!workspace) return null;
  const { name } = workspace.analyst;
  const isEditing = draft !== null || (name === '' && !isDismissed);

  if (!isEditing) {
    return (
      <button
        type="button"
        className="analyst-name"
        // A long name is cut to fit the bar (CSS): the title keeps it whole.
        title={
          name
            ? `${name}: your name, written on your annotations and exports`
            : 'Your name, written on your annotations and exports'
        }
        onClick={() => setDraft(name)}
      >
        {name || 'Set your name'}
      </button>
    );
  }
  const save = () => {
    const value = (draft ?? '').trim();
    if (value) void renameAnalyst(value);
    setDraft(null);
    setDismissed(true);
  };
  return (
    <form
      className="analyst-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <input
        type="text"
        aria-label="Your name, for your annotations"
        aria-describedby="analyst-name-why"
        placeholder="Your name"
        value={draft ?? ''}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
            setDismissed(true);
          }
        }}
      />
      {/* Read with the field, and shown under it while it has the keyboard (help.css). */}
      <span id="analyst-name-why" className="analyst-name-why">
        Written on your annotations and exports, so colleagues can tell whose they are.
      </span>
      <button type="submit">Save</button>
      <button
        type="button"
        aria-label="Later"
        onClick={() => {
          setDraft(null);
          setDismissed(true);
        }}
      >
        Later
      </button>
    </form>
  );
}
