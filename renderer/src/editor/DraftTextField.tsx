import { useState } from 'react';

interface DraftTextFieldProps {
  label: string;
  value: string;
  placeholder?: string;
  rows?: number;
  onCommit: (value: string) => void;
}

/**
 * A text area saved when it loses focus or on Ctrl+Enter: one undo step per edit rather
 * than one per key. Shows the stored value again when it changes underneath (undo, redo).
 */
export function DraftTextField({
  label,
  value,
  placeholder,
  rows = 3,
  onCommit,
}: DraftTextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <textarea
        rows={rows}
        value={draft}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
        }}
      />
    </label>
  );
}
