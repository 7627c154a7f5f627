/**
 * The Import dialog: a file input (native, W3C, doccano, Label Studio, brat or SemEval zip)
 * or a folder, the colleague's name for formats that carry none, where the annotations go
 * (chosen before anything is written), then the per-item report: imported, duplicate,
 * moved, re-anchored, orphaned, error (with the reason).
 */
import { ModalDialog } from '../shell/ModalDialog';
import '../styles/sets.css';
import { ImportDestinationField } from './ImportDestinationField';
import { ImportSetReport } from './ImportSetReport';
import { useSetImport } from './useSetImport';

interface ImportSetDialogProps {
  /** A set file dropped on the window: chosen already, the analyst confirms the import. */
  initialFile?: File;
  onClose: () => void;
}

// Chromium and Electron pick a whole folder with this (non-standard, widely supported) attribute.
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

const ACCEPT = '.json,.jsonld,.jsonl,.zip,application/json,application/ld+json,application/zip';

/** A modal dialog that imports a set and reports on every item. */
export function ImportSetDialog({ initialFile, onClose }: ImportSetDialogProps) {
  const state = useSetImport(initialFile);
  const { source, preview, outcome, isBusy } = state;
  const authorship = preview?.ok ? preview.read.authorship : undefined;
  const colleagueLabel =
    authorship?.colleagueNames.join(', ') || state.colleague.trim() || 'named in the file';

  return (
    <ModalDialog className="sets-dialog" labelledBy="import-set-title" onClose={onClose}>
      <h2 id="import-set-title">Import annotations</h2>
      <div className="sets-fields">
        {initialFile && source?.kind === 'file' && source.file === initialFile && (
          <p className="sets-summary">Dropped file: {initialFile.name}</p>
        )}
        <label>
          {initialFile ? 'Or another file' : 'Set file'}
          <input
            type="file"
            aria-label="Set file"
            accept={ACCEPT}
            onChange={(e) => {
              const file = e.target.files?.[0];
              state.pick(file ? { kind: 'file', file } : null);
            }}
          />
        </label>
        <label>
          Or a folder of brat (.txt + .ann) or SemEval files
          <input
            type="file"
            aria-label="Set folder"
            multiple
            {...FOLDER_PICKER}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              state.pick(files.length > 0 ? { kind: 'folder', files } : null);
            }}
          />
        </label>
        <label>
          Colleague’s name (for files that do not name their author)
          <input
            type="text"
            aria-label="Colleague’s name"
            value={state.colleague}
            onChange={(e) => state.setColleague(e.target.value)}
            onBlur={state.refresh}
          />
        </label>
        <ImportDestinationField
          destination={state.destination}
          onChange={state.setDestination}
          colleagueLabel={colleagueLabel}
          {...(authorship ? { authorship } : {})}
        />
      </div>
      {isBusy && <progress aria-label="Importing set" />}
      {outcome && !outcome.ok && (
        <p role="alert" className="sets-error">
          Nothing was imported. {outcome.reason}
        </p>
      )}
      {outcome?.ok && <ImportSetReport report={outcome.report} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={!source || isBusy}
          onClick={() => void state.run()}
        >
          Import
        </button>
      </div>
    </ModalDialog>
  );
}
