/**
 * The snapshot before a large import: a set import writing more than `LARGE_WRITE_ROWS`
 * rows first snapshots the workspace, so the import can be undone as a whole from
 * File > Restore… even after later edits.
 */
import type { BackupEntry, SourcemarkApi } from '../../../preload/api';
import { db } from '../db/db';
import type { IncomingSet } from '../sets/incoming-set';
import { LARGE_WRITE_ROWS, takeSnapshot } from './take-snapshot';

/** At most how many rows storing `incoming` writes (an article is its row and its text's). */
export function rowsAnImportWrites(incoming: IncomingSet): number {
  return (
    incoming.articles.length * 2 +
    incoming.annotations.length +
    incoming.entities.length +
    (incoming.comments?.length ?? 0) +
    incoming.authors.length
  );
}

export type SnapshotBeforeImport =
  | { kind: 'not-needed' }
  | { kind: 'taken'; entry: BackupEntry; seconds: number }
  /** Why the import must stop: the snapshot could not be made. */
  | { kind: 'failed'; reason: string };

/** Snapshots the workspace when storing `incoming` would write more than `LARGE_WRITE_ROWS` rows. */
export async function snapshotBeforeLargeImport(
  api: SourcemarkApi | null,
  incoming: IncomingSet,
): Promise<SnapshotBeforeImport> {
  if (!api || rowsAnImportWrites(incoming) <= LARGE_WRITE_ROWS) return { kind: 'not-needed' };
  const started = performance.now();
  try {
    const { entry } = await takeSnapshot(api, db, 'before-import');
    return { kind: 'taken', entry, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      reason: `The snapshot taken before a large import failed (${detail}), so nothing was imported. Free some disk space, or back up by hand, then import again.`,
    };
  }
}
