/**
 * The snapshot before a large import: a set import writing more than `LARGE_WRITE_ROWS`
 * rows first snapshots the workspace, so the import can be undone as a whole from
 * File > Restore… even after later edits.
 */
import type { SourcemarkApi } from '../../../preload/api';
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

/**
 * Snapshots the workspace when storing `incoming` would write more than `LARGE_WRITE_ROWS`
 * rows. Answers why the import must stop (the snapshot failed), or undefined to go on.
 */
export async function snapshotBeforeLargeImport(
  api: SourcemarkApi | null,
  incoming: IncomingSet,
): Promise<string | undefined> {
  if (!api || rowsAnImportWrites(incoming) <= LARGE_WRITE_ROWS) return undefined;
  try {
    await takeSnapshot(api, db, 'before-import');
    return undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `The snapshot taken before a large import failed (${detail}), so nothing was imported. Free some disk space, or back up by hand, then import again.`;
  }
}
