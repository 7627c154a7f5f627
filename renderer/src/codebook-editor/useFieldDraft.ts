/**
 * A field's draft value and its refusal message. The draft follows the saved value when
 * that changes (another edit, an import) but not while the analyst types; Escape in a
 * changed field restores the saved value instead of closing the editor.
 */
import { useState, type KeyboardEvent } from 'react';

/** What a field calls to save; resolves to an error message, or null when saved. */
export type SaveField = (value: string) => Promise<string | null>;

export function useFieldDraft(saved: string, save: SaveField) {
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState(saved);
  // Adjusting state during render (React's advice) rather than in an effect: no stale frame.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
    setError(null);
  }

  const submit = async () => {
    setError(await save(draft));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (draft === saved && error === null)) return;
    event.preventDefault();
    setDraft(saved);
    setError(null);
  };

  const change = (value: string) => {
    setDraft(value);
    setError(null);
  };

  return { draft, error, isChanged: draft !== saved, change, submit, onKeyDown };
}
