/**
 * "Export codebook…" and "Import codebook…", with the outcome of the last one. The file
 * input is hidden behind a button so the control looks like the app's other commands.
 */
import { useRef } from 'react';
import type { Codebook } from '../codebook/codebook-types';
import { useCodebookFile } from './useCodebookFile';

interface CodebookFileActionsProps {
  codebook: Codebook;
}

export function CodebookFileActions({ codebook }: CodebookFileActionsProps) {
  const { message, exportCodebook, importFile } = useCodebookFile();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="codebook-file-actions">
      <div className="codebook-file-buttons">
        <button type="button" onClick={() => exportCodebook(codebook)}>
          Export codebook…
        </button>
        <button type="button" onClick={() => inputRef.current?.click()}>
          Import codebook…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          aria-label="Codebook file to import"
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires a change.
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message?.kind === 'error' && (
        <p role="alert" className="codebook-field-error">
          {message.text}
        </p>
      )}
      {message?.kind === 'done' && (
        <p role="status" className="codebook-file-done">
          {message.text}
        </p>
      )}
    </div>
  );
}
