/**
 * Every annotation id the profile holds, rows and packs (read from keys and id lists, never
 * the rows), for the snapshot decision before a large import (`backup/snapshot-before-import.ts`).
 * The Import dialog starts this read when a large file is picked (`sets/import-file.ts`), so
 * IndexedDB answers it while the page decodes and parses the file, rather than after the
 * click on Import. A write to any annotation table since (this page's, or another window's:
 * Dexie's `storagemutated`) drops what was read, and the next caller reads again; the decision
 * takes it once. The import's own transaction reads the ids again itself (`openPackWriter`):
 * what it writes never rests on a read made outside it.
 */
import { db } from '../db/db';
import { keptUntilWritten } from '../db/kept-until-written';

const held = keptUntilWritten<Set<string>>(['annotations', 'annotationPacks', 'annotationPackIds']);

async function readHeldIds(): Promise<Set<string>> {
  const [rowIds, packIds] = await Promise.all([
    db.annotations.toCollection().primaryKeys(),
    db.annotationPackIds.toArray(),
  ]);
  const ids = new Set<string>(rowIds as string[]);
  for (const pack of packIds) for (const id of pack.annotationIds) ids.add(id);
  return ids;
}

/** Starts reading the held ids, unless a read since the last write is under way or kept. */
export async function readHeldAnnotationIdsAhead(): Promise<void> {
  await held.get('ids', readHeldIds);
}

/**
 * The ids held now: the read started ahead if no write came since, else a new one. Taken
 * once: the import that follows writes, and 200,000 ids are not kept for nothing.
 */
export function takeHeldAnnotationIds(): Promise<ReadonlySet<string>> {
  const ids = held.get('ids', readHeldIds);
  held.forget();
  return ids;
}
