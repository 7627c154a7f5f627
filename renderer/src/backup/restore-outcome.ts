/** What a restore answers, the options it takes, and the sentences it tells. */
import type { BackupEntry, BackupManifest } from '../../../preload/api';
import type { BackupProgress } from './backup-progress';
import { RestoreVerificationFailed } from './in-place-merge';
import { NotInPlace, type InPlaceCounts } from './table-merge';

export type RestoreOutcome =
  | {
      kind: 'restored';
      databaseName: string;
      manifest: BackupManifest;
      /** The snapshot of the workspace replaced; none when it held no row. */
      snapshot?: BackupEntry;
      /** Rows written, deleted and left as they were, when restored in place. */
      counts?: InPlaceCounts;
    }
  | { kind: 'refused'; reason: string }
  | { kind: 'cancelled' };

/** What the user is told when a restore is cancelled. */
export const RESTORE_CANCELLED_MESSAGE =
  'Restore cancelled. The workspace is as it was: nothing was changed.';

export interface RestoreOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Cancels the restore; honoured until the commit (in place) or the switch (a new database). */
  signal?: AbortSignal;
  /** Annotation rows a restore in place writes before it packs them (`row-packs.ts`); for tests. */
  rowPackMin?: number;
}

/** The refusal when the workspace could not be snapshotted before the restore. */
export const snapshotRefusal = (error: unknown): RestoreOutcome => ({
  kind: 'refused',
  reason: `The current workspace could not be snapshotted first (${
    error instanceof Error ? error.message : String(error)
  }). Nothing was changed.`,
});

/** A restore in place that went through, keeping `snapshot` (none: the workspace was empty). */
export const restoredInPlace = (
  databaseName: string,
  manifest: BackupManifest,
  counts: InPlaceCounts,
  snapshot: BackupEntry | undefined,
): RestoreOutcome => ({
  kind: 'restored',
  databaseName,
  manifest,
  counts,
  ...(snapshot ? { snapshot } : {}),
});

/**
 * What a restore in place that stopped on `error` tells, nothing changed: undefined when
 * the file needs the new-database path. `snapshotError`: the snapshot failed first.
 */
export function stoppedInPlace(
  error: unknown,
  signal: AbortSignal | undefined,
  snapshotError?: unknown,
): RestoreOutcome | undefined {
  if (error instanceof NotInPlace) return undefined;
  if (signal?.aborted) return { kind: 'cancelled' };
  if (error instanceof RestoreVerificationFailed)
    return { kind: 'refused', reason: `${error.message} Nothing was changed.` };
  if (snapshotError !== undefined) return snapshotRefusal(snapshotError);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'refused',
    reason: `The backup cannot be read (${detail}). Nothing was changed.`,
  };
}
