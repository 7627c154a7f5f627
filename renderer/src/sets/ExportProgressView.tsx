import type { ExportRunState } from '../export/useExportRun';
import { exportSummary, nothingWrittenText } from './export-summary';

interface ExportProgressViewProps {
  state: ExportRunState;
  formatLabel: string;
}

/** Whole percent, never 100 before the end (the file is closed after the last chunk). */
function percent(done: number, total: number): number {
  return total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
}

/**
 * The export as it runs and once it ended: a progress bar while the worker reads the set and
 * the file is written, then what the file holds (the format's own count of what it wrote),
 * where it is, or that nothing was left behind.
 */
export function ExportProgressView({ state, formatLabel }: ExportProgressViewProps) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'running') {
    const progress = state.progress;
    const label =
      progress === null
        ? 'Starting the export…'
        : progress.phase === 'reading'
          ? `Reading articles: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
          : `Writing the file: ${percent(progress.done, progress.total)} %`;
    return (
      <div className="sets-progress">
        <progress
          aria-label="Export progress"
          max={Math.max(progress?.total ?? 0, 1)}
          value={progress?.done ?? 0}
        />
        <p>{label}</p>
      </div>
    );
  }
  const { result } = state;
  if (result.kind === 'cancelled')
    return (
      <p role="status" className="sets-summary">
        Export cancelled: no file was written.
      </p>
    );
  if (result.kind === 'failed')
    return <p role="alert">The export failed: {result.reason} No file was written.</p>;
  const nothing = nothingWrittenText(result.tally);
  return (
    <>
      {nothing && <p className="sets-lossiness">{nothing}</p>}
      <p role="status" className="sets-summary">
        {exportSummary(result.tally, formatLabel)} Saved as <code>{result.path}</code>.
      </p>
    </>
  );
}
