/**
 * Storing a read set the way the Import dialog does (#13): an import writing more than
 * `LARGE_WRITE_ROWS` rows is preceded by a verified snapshot of the workspace, so it can be
 * undone as a whole from File > Restore…; a snapshot that fails stops the import before
 * anything is written.
 */
import type { SourcemarkApi } from '../../../preload/api';
import { snapshotBeforeLargeImport } from '../backup/snapshot-before-import';
import type { ImportDestination } from './import-destination';
import { storeReadSet, type FileImportOutcome, type ReadSet } from './import-file';

/** What the dialog is doing while it is busy. */
export type ImportPhase = 'snapshot' | 'store';

export async function storeWithSnapshot(
  api: SourcemarkApi | null,
  read: ReadSet,
  destination: ImportDestination,
  onPhase?: (phase: ImportPhase) => void,
): Promise<FileImportOutcome> {
  onPhase?.('snapshot');
  const snapshot = await snapshotBeforeLargeImport(api, read.incoming);
  if (snapshot.kind === 'failed') return { ok: false, reason: snapshot.reason };
  onPhase?.('store');
  const outcome = await storeReadSet(read, destination);
  if (!outcome.ok || snapshot.kind !== 'taken') return outcome;
  return { ...outcome, snapshot: { name: snapshot.entry.id, seconds: snapshot.seconds } };
}
