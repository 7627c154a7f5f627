/** A backup's or restore's progress: the phase, a bar, the counts and the file's size. */
import { formatSize } from '../format/format-size';
import { PHASE_LABELS, type BackupProgress } from './backup-progress';

export function ProgressLine({ progress }: { progress: BackupProgress }) {
  const { phase, done, total, sizeBytes } = progress;
  const unit = phase === 'write' || phase === 'read' ? 'bytes' : 'rows';
  const counted =
    unit === 'bytes'
      ? `${formatSize(done)} of ${formatSize(total)}`
      : `${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`;
  return (
    <div className="backup-progress" role="status">
      <progress
        max={Math.max(total, 1)}
        value={Math.min(done, total)}
        aria-label={PHASE_LABELS[phase]}
      />
      <p>
        {PHASE_LABELS[phase]}: {counted}
        {sizeBytes !== undefined && unit === 'rows' ? ` · file ${formatSize(sizeBytes)}` : ''}
      </p>
    </div>
  );
}
