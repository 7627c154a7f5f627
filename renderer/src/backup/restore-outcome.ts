/** What a restore answers, the options it takes, and the sentences it tells. */
import type { BackupEntry, BackupManifest } from '../../../preload/api';
import type { BackupProgress } from './backup-progress';
import type { InPlaceCounts } from './in-place-merge';

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
}

/** The refusal when the workspace could not be snapshotted before the restore. */
export const snapshotRefusal = (error: unknown): RestoreOutcome => ({
  kind: 'refused',
  reason: `The current workspace could not be snapshotted first (${
    error instanceof Error ? error.message : String(error)
  }). Nothing was changed.`,
});
