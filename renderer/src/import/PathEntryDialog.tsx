/**
 * Typed paths, for a host without native dialogs (browser mode): one path per line for
 * files, one folder path for a folder. Enter opens; Shift+Enter adds a line.
 */
import { useState } from 'react';
import type { PathEntryMode } from '../shell/useOpenCommands';
import { useModalDialog } from '../shell/useModalDialog';

interface PathEntryDialogProps {
  mode: PathEntryMode;
  onSubmit: (paths: string[]) => void;
  onCancel: () => void;
}

/** A modal dialog with one text field named after what it takes. */
export function PathEntryDialog({ mode, onSubmit, onCancel }: PathEntryDialogProps) {
  const [value, setValue] = useState('');
  const dialogRef = useModalDialog();

  const submit = () => {
    const paths = value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    if (paths.length > 0) onSubmit(paths);
  };
  const label = mode === 'files' ? 'Article file paths, one per line' : 'Folder path';
  return (
    <dialog
      ref={dialogRef}
      className="path-entry"
      aria-labelledby="path-entry-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="path-entry-title">{mode === 'files' ? 'Open files' : 'Open folder'}</h2>
      <p>No file dialog is available in browser mode: type or paste the full path.</p>
      <textarea
        aria-label={label}
        rows={mode === 'files' ? 4 : 1}
        value={value}
        spellCheck={false}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button-primary" onClick={submit}>
          Open
        </button>
      </div>
    </dialog>
  );
}
