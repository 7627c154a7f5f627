/** The running import: a determinate bar once the number of files is known, and Cancel. */
import { fileNameOf } from '../format/file-name';
import type { ImportProgress } from './import-session';

interface ImportProgressBarProps {
  progress: ImportProgress | null;
  onCancel: () => void;
}

function describe(progress: ImportProgress | null): string {
  if (!progress) return 'Starting import…';
  if (progress.phase === 'scanning') return 'Looking for articles…';
  return `Importing ${progress.done} of ${progress.total}`;
}

/** A `progressbar` named "Importing"; indeterminate while the folder is being scanned. */
export function ImportProgressBar({ progress, onCancel }: ImportProgressBarProps) {
  const isDeterminate = progress?.phase === 'ingesting' && progress.total > 0;
  const label = describe(progress);
  return (
    <section className="import-progress" aria-live="polite">
      <div
        role="progressbar"
        aria-label="Importing"
        aria-valuemin={0}
        aria-valuemax={isDeterminate ? progress.total : undefined}
        aria-valuenow={isDeterminate ? progress.done : undefined}
        aria-valuetext={label}
        className={isDeterminate ? 'progress-track' : 'progress-track is-indeterminate'}
      >
        <div
          className="progress-fill"
          style={
            isDeterminate ? { width: `${(100 * progress.done) / progress.total}%` } : undefined
          }
        />
      </div>
      <p className="progress-label">
        {label}
        {progress?.currentFile && (
          <span className="progress-file"> · {fileNameOf(progress.currentFile)}</span>
        )}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
