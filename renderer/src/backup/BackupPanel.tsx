/** "Back up workspace…": writes the whole workspace to a file, verifies it and says so. */
import { useCallback, useRef, useState } from 'react';
import { db } from '../db/db';
import { formatSize } from '../format/format-size';
import { useHostApi } from '../shell/useHostApi';
import type { BackupProgress } from './backup-progress';
import { describeCounts } from './backup-summary';
import { ProgressLine } from './ProgressLine';
import { hostAppVersion } from './take-snapshot';
import { writeBackup, type WrittenBackup } from './write-backup';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BackupProgress }
  | { kind: 'done'; written: WrittenBackup }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

class Cancelled extends Error {}

const suggestedName = () => `sourcemark-backup-${new Date().toISOString().slice(0, 10)}`;

export function BackupPanel({ startAtOnce }: { startAtOnce: boolean }) {
  const api = useHostApi();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const cancelRef = useRef(false);
  const startedRef = useRef(false);

  const run = useCallback(async () => {
    cancelRef.current = false;
    setState({ kind: 'running', progress: { phase: 'export', done: 0, total: 0 } });
    try {
      const written = await writeBackup(
        api,
        db,
        { kind: 'file', suggestedName: suggestedName() },
        {
          appVersion: await hostAppVersion(api),
          onProgress: (progress) => {
            // Thrown inside the export or the read-back: the write is abandoned and removed.
            if (cancelRef.current) throw new Cancelled('cancelled');
            setState({ kind: 'running', progress });
          },
        },
      );
      setState(written ? { kind: 'done', written } : { kind: 'idle' });
    } catch (error) {
      if (cancelRef.current) setState({ kind: 'cancelled' });
      else
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    }
  }, [api]);

  // Opened from the menu's "Back up workspace…": start without a second click.
  const startRef = useCallback(
    (node: HTMLButtonElement | null) => {
      if (node && startAtOnce && !startedRef.current) {
        startedRef.current = true;
        void run();
      }
    },
    [run, startAtOnce],
  );

  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">Back up</h3>
      <p>Writes every table of the workspace to one file, then reads it back to verify it.</p>
      <div className="backup-actions">
        <button
          ref={startRef}
          type="button"
          onClick={() => void run()}
          disabled={state.kind === 'running'}
        >
          Back up workspace…
        </button>
        {state.kind === 'running' && (
          <button type="button" onClick={() => (cancelRef.current = true)}>
            Cancel backup
          </button>
        )}
      </div>
      {state.kind === 'running' && <ProgressLine progress={state.progress} />}
      {state.kind === 'done' && (
        <div role="status">
          <p className="backup-verified">
            Backup verified: {formatSize(state.written.sizeBytes)}, read back and every table’s
            count and digest checked.
          </p>
          <p>{describeCounts(state.written.manifest)}</p>
          <p className="backup-path">{state.written.entry.path}</p>
        </div>
      )}
      {state.kind === 'cancelled' && <p role="status">Backup cancelled: no file was kept.</p>}
      {state.kind === 'failed' && (
        <p className="backup-error" role="alert">
          The backup failed and no file was kept: {state.message}
        </p>
      )}
    </section>
  );
}
