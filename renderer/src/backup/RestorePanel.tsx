/**
 * "Restore…": the snapshots and any chosen backup file, with date, app version, counts and
 * size; restoring one snapshots the current workspace first, then replaces it whole. Cancel
 * stops a running restore at any phase before the switch, leaving the workspace as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupEntry } from '../../../preload/api';
import { db } from '../db/db';
import { formatSize } from '../format/format-size';
import { useHostApi } from '../shell/useHostApi';
import { readManifest } from './backup-file';
import type { BackupProgress } from './backup-progress';
import {
  describeCounts,
  describeDate,
  describeReason,
  describeRestoreCounts,
} from './backup-summary';
import { ProgressLine } from './ProgressLine';
import type { InPlaceCounts } from './table-merge';
import { keepRestoreReport } from './restore-report';
import { readSnapshot, RESTORE_CANCELLED_MESSAGE, restoreWorkspace } from './restore-workspace';

/** A row of the list: a snapshot on the host, or a file the user chose (held in the page). */
type Candidate = { entry: BackupEntry; file?: File };

type State =
  | { kind: 'choosing' }
  | { kind: 'confirming'; candidate: Candidate }
  | { kind: 'running'; progress: BackupProgress; isCancelling?: boolean }
  | { kind: 'refused'; reason: string }
  | { kind: 'cancelled' }
  | { kind: 'restored'; snapshotPath?: string; counts?: InPlaceCounts };

export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const api = useHostApi();
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [listError, setListError] = useState('');
  const [state, setState] = useState<State>({ kind: 'choosing' });
  const fileInput = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.backup.listSnapshots().then((answer) => {
      if (!isCurrent) return;
      // A file chosen before the listing answered stays first on the list.
      const chosenFiles = (list: Candidate[] | null) =>
        (list ?? []).filter((candidate) => candidate.entry.location === 'file');
      if (answer.ok)
        setCandidates((list) => [
          ...chosenFiles(list),
          ...answer.value.snapshots.map((entry) => ({ entry })),
        ]);
      else {
        setCandidates(chosenFiles);
        setListError(answer.error.message);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);

  const addFile = useCallback(async (file: File) => {
    const manifest = await readManifest(file);
    const entry: BackupEntry = {
      id: `file:${file.name}`,
      location: 'file',
      path: file.name,
      sizeBytes: file.size,
      isComplete: !file.name.endsWith('.incomplete'),
      ...('problem' in manifest ? { problem: manifest.problem } : { manifest }),
    };
    setCandidates((list) => [
      { entry, file },
      ...(list ?? []).filter((c) => c.entry.id !== entry.id),
    ]);
  }, []);

  const restore = useCallback(
    async (candidate: Candidate) => {
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setState({ kind: 'running', progress: { phase: 'read', done: 0, total: 1 } });
      const onProgress = (progress: BackupProgress) =>
        setState({ kind: 'running', progress, isCancelling: signal.aborted });
      try {
        const file =
          candidate.file ?? (await readSnapshot(api, candidate.entry, onProgress, signal));
        const outcome = await restoreWorkspace(api, db, file, { onProgress, signal });
        if (outcome.kind === 'cancelled') return setState({ kind: 'cancelled' });
        if (outcome.kind === 'refused')
          return setState({ kind: 'refused', reason: outcome.reason });
        setState({
          kind: 'restored',
          snapshotPath: outcome.snapshot?.path,
          counts: outcome.counts,
        });
        keepRestoreReport(
          `Workspace restored and verified from ${candidate.entry.path}` +
            (outcome.counts ? `: ${describeRestoreCounts(outcome.counts)}.` : '.'),
        );
        onRestored();
      } catch (error) {
        if (signal.aborted) return setState({ kind: 'cancelled' });
        setState({
          kind: 'refused',
          reason: `The restore stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
        });
      } finally {
        running.current = null;
      }
    },
    [api, onRestored],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    setState((now) => (now.kind === 'running' ? { ...now, isCancelling: true } : now));
  }, []);

  const isBusy = state.kind === 'running' || state.kind === 'restored';
  return (
    <section aria-labelledby="restore-heading">
      <h3 id="restore-heading">Restore</h3>
      <div className="backup-actions">
        <button type="button" disabled={isBusy} onClick={() => fileInput.current?.click()}>
          Choose a backup file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Backup file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void addFile(file);
            event.target.value = '';
          }}
        />
      </div>
      {candidates === null ? (
        <p>Reading the snapshots…</p>
      ) : candidates.length === 0 ? (
        <p>{listError || 'No snapshots yet, and no backup file chosen.'}</p>
      ) : (
        <table className="backup-list" aria-label="Backups and snapshots">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">App version</th>
              <th scope="col">Contents</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="backup-hidden-label">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate) => {
              const { entry } = candidate;
              const { manifest } = entry;
              const label =
                entry.location === 'file'
                  ? `the backup file ${entry.path}`
                  : manifest
                    ? `${describeReason(manifest)} of ${describeDate(manifest)}`
                    : entry.path;
              return (
                <tr key={entry.id}>
                  <td>{manifest ? describeDate(manifest) : '—'}</td>
                  <td>
                    {entry.location === 'file' ? `File ${entry.path}` : describeReason(manifest)}
                  </td>
                  <td>{manifest?.appVersion ?? '—'}</td>
                  <td>{manifest ? describeCounts(manifest) : (entry.problem ?? 'Unreadable')}</td>
                  <td className="backup-size">{formatSize(entry.sizeBytes)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={isBusy || !entry.isComplete || !manifest}
                      aria-label={`Restore ${label}`}
                      onClick={() => setState({ kind: 'confirming', candidate })}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.kind === 'confirming' && (
        <div className="backup-confirm" role="group" aria-label="Confirm the restore">
          <p>
            Replace the whole workspace with this backup? The current workspace is snapshotted
            first, so this restore can itself be undone from the list.
          </p>
          <div className="backup-actions">
            <button type="button" onClick={() => void restore(state.candidate)}>
              Replace the workspace
            </button>
            <button type="button" onClick={() => setState({ kind: 'choosing' })}>
              Keep the current workspace
            </button>
          </div>
        </div>
      )}
      {state.kind === 'running' && (
        <>
          <ProgressLine progress={state.progress} />
          {state.progress.phase !== 'switch' && (
            <div className="backup-actions">
              <button type="button" disabled={state.isCancelling} onClick={cancel}>
                {state.isCancelling ? 'Cancelling…' : 'Cancel the restore'}
              </button>
            </div>
          )}
        </>
      )}
      {state.kind === 'cancelled' && (
        <p className="backup-cancelled" role="status">
          {RESTORE_CANCELLED_MESSAGE}
        </p>
      )}
      {state.kind === 'refused' && (
        <p className="backup-error" role="alert">
          {state.reason}
        </p>
      )}
      {state.kind === 'restored' && (
        <p className="backup-verified" role="status">
          Restored and verified{state.counts ? `: ${describeRestoreCounts(state.counts)}` : ''}.{' '}
          {state.snapshotPath
            ? 'The workspace before it is kept as a snapshot.'
            : 'The workspace before it was empty: there was nothing to snapshot.'}{' '}
          Reloading…
        </p>
      )}
    </section>
  );
}
