/**
 * The Import dialog: a file input (native, W3C, doccano, Label Studio, brat or SemEval zip),
 * the colleague's name for formats that carry none, then the per-item report: imported,
 * duplicate, moved, re-anchored, orphaned, error (with the reason).
 */
import { useState } from 'react';
import { ModalDialog } from '../shell/ModalDialog';
import '../styles/sets.css';
import { importSetFile, importSetFolder, type FileImportOutcome } from './import-file';
import { ImportSetReport } from './ImportSetReport';

interface ImportSetDialogProps {
  /** A set file dropped on the window: chosen already, the analyst confirms the import. */
  initialFile?: File;
  onClose: () => void;
}

// Chromium and Electron pick a whole folder with this (non-standard, widely supported) attribute.
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

const ACCEPT = '.json,.jsonld,.jsonl,.zip,application/json,application/ld+json,application/zip';

/** A modal dialog that imports a colleague's set and reports on every item. */
export function ImportSetDialog({ initialFile, onClose }: ImportSetDialogProps) {
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  // A folder of brat or SemEval files, when one was picked after (or instead of) a file.
  const [folder, setFolder] = useState<File[] | null>(null);
  const [colleague, setColleague] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FileImportOutcome | null>(null);

  const run = async () => {
    if (!file && !folder) return;
    setBusy(true);
    setOutcome(
      folder ? await importSetFolder(folder, colleague) : await importSetFile(file!, colleague),
    );
    setBusy(false);
  };

  return (
    <ModalDialog className="sets-dialog" labelledBy="import-set-title" onClose={onClose}>
      <h2 id="import-set-title">Import annotations</h2>
      <div className="sets-fields">
        {initialFile && file === initialFile && (
          <p className="sets-summary">Dropped file: {initialFile.name}</p>
        )}
        <label>
          {initialFile ? 'Or another file' : 'Set file'}
          <input
            type="file"
            aria-label="Set file"
            accept={ACCEPT}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFolder(null);
              setOutcome(null);
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
              const picked = Array.from(e.target.files ?? []);
              setFolder(picked.length > 0 ? picked : null);
              setOutcome(null);
            }}
          />
        </label>
        <label>
          Colleague’s name (for files that do not name their author)
          <input
            type="text"
            aria-label="Colleague’s name"
            value={colleague}
            onChange={(e) => setColleague(e.target.value)}
          />
        </label>
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
          disabled={(!file && !folder) || isBusy}
          onClick={() => void run()}
        >
          Import
        </button>
      </div>
    </ModalDialog>
  );
}
