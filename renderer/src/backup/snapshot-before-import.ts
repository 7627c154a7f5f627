/**
 * The snapshot before a large import: a set import writing more than `LARGE_WRITE_ROWS`
 * rows first snapshots the workspace, so the import can be undone as a whole from
 * File > Restore… even after later edits.
 */
import type { BackupEntry, SourcemarkApi } from '../../../preload/api';
import { db } from '../db/db';
import type { IncomingSet } from '../sets/incoming-set';
import { takeHeldAnnotationIds } from '../store/held-annotation-ids';
import { LARGE_WRITE_ROWS, takeSnapshot } from './take-snapshot';

/**
 * How many rows storing `incoming` would write, read against the library without writing:
 * an article with its text is two rows (its record and its text) unless the library holds
 * the text the file states it has (`textSha256`, checked by the import), and an annotation,
 * comment or entity is a row only when its id is not held yet. A set imported again writes
 * nothing, so it needs no snapshot (at 100,000 annotations a snapshot takes seconds). Ids
 * the import changes (an analyst's own set imported as a copy) count as new: over, never
 * under, what the import writes.
 */
export async function rowsAnImportWrites(incoming: IncomingSet): Promise<number> {
  const stated = incoming.articles
    .filter((article) => article.text !== undefined)
    .map((article) => article.textSha256 ?? '');
  const [heldTexts, heldAnnotations, commentIds, entityIds] = await Promise.all([
    db.articles.where('textSha256').anyOf(stated.filter(Boolean)).keys(),
    // Read while the dialog read the file, unless a write came since.
    takeHeldAnnotationIds(),
    db.comments.toCollection().primaryKeys(),
    db.entities.toCollection().primaryKeys(),
  ]);
  const heldHashes = new Set<unknown>(heldTexts);
  const notHeld = (ids: readonly string[], held: ReadonlySet<unknown>) =>
    ids.filter((id) => !held.has(id)).length;
  return (
    stated.filter((hash) => !heldHashes.has(hash)).length * 2 +
    notHeld(
      incoming.annotations.map((a) => a.annotation.id),
      heldAnnotations,
    ) +
    notHeld(
      incoming.entities.map((e) => e.id),
      new Set(entityIds),
    ) +
    notHeld(
      (incoming.comments ?? []).map((c) => c.comment.id),
      new Set(commentIds),
    ) +
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
  // The file's own size bounds what it writes: a small import reads nothing to decide.
  const atMost =
    incoming.articles.length * 2 +
    incoming.annotations.length +
    incoming.entities.length +
    (incoming.comments?.length ?? 0) +
    incoming.authors.length;
  if (
    !api ||
    atMost <= LARGE_WRITE_ROWS ||
    (await rowsAnImportWrites(incoming)) <= LARGE_WRITE_ROWS
  )
    return { kind: 'not-needed' };
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
