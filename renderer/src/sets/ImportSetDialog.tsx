/**
 * The Import dialog: a file input (native, W3C, doccano, Label Studio, CoNLL, a REFI-QDA
 * project, or a zip of brat, PTC, SemEval or doccano files) or a folder as distributed,
 * the colleague's name for
 * formats that carry none, where the annotations go and what labels the codebook lacks
 * become (chosen before anything is written), then the per-item report: imported,
 * duplicate, changed, moved, re-anchored, orphaned, error (with the reason).
 */
import { ModalDialog } from '../shell/ModalDialog';
import '../styles/sets.css';
import { ImportDestinationField } from './ImportDestinationField';
import { ImportSetReport } from './ImportSetReport';
import { LabelMappingField } from './LabelMappingField';
import { useSetImport } from './useSetImport';

interface ImportSetDialogProps {
  /** A set file dropped on the window: chosen already, the analyst confirms the import. */
  initialFile?: File;
  onClose: () => void;
}

// Chromium and Electron pick a whole folder with this (non-standard, widely supported) attribute.
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

// CoNLL-2003 files are often plain .txt: offered, and read as CoNLL when their lines are tagged.
const ACCEPT =
  '.json,.jsonld,.jsonl,.zip,.qdpx,.conll,.iob,.bio,.txt,.tsv,application/json,application/ld+json,application/zip';

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
          Or a folder of brat, PTC, SemEval or doccano files, as distributed
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
        {preview?.ok && preview.read.newArticles > 0 && (
          <label className="sets-check">
            <input
              type="checkbox"
              checked={state.addNewArticles}
              onChange={(e) => state.setAddNewArticles(e.target.checked)}
            />
            {preview.read.newArticles === 1
              ? 'Add the article whose text the file includes to your library (it is not there yet)'
              : `Add the ${preview.read.newArticles} articles whose texts the file includes to your library (they are not there yet)`}
          </label>
        )}
        <LabelMappingField
          unknownLabels={state.unknownLabels}
          decisions={state.decisions}
          decide={state.decide}
        />
        {state.undecided > 0 && (
          <p className="sets-error">
            {state.undecided === 1
              ? 'Choose what the label not in your codebook becomes to import.'
              : `Choose what each of the ${state.undecided} labels not in your codebook becomes to import.`}
          </p>
        )}
      </div>
      {isBusy && (
        <div className="import-phase">
          <progress aria-label="Importing set" />
          {state.phase === 'snapshot' && <p>Taking a snapshot of the workspace first…</p>}
          {state.phase === 'store' && <p>Importing…</p>}
        </div>
      )}
      {outcome && !outcome.ok && (
        <p role="alert" className="sets-error">
          Nothing was imported. {outcome.reason}
        </p>
      )}
      {outcome?.ok && outcome.snapshot && (
        <p className="import-snapshot">
          A snapshot of the workspace was taken first ({outcome.snapshot.seconds.toFixed(1)} s,{' '}
          {outcome.snapshot.name}): File › Restore… undoes this import as a whole.
        </p>
      )}
      {outcome?.ok && (
        <ImportSetReport
          report={outcome.report}
          {...(source?.kind === 'file' ? { fileName: source.file.name } : {})}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={!source || isBusy || state.undecided > 0}
          onClick={() => void state.run()}
        >
          Import
        </button>
      </div>
    </ModalDialog>
  );
}
