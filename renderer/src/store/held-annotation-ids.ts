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
import Dexie from 'dexie';
import { db } from '../db/db';
import { primaryKeyPart, touchesAny } from '../db/mutated-keys';

const PARTS = ['annotations', 'annotationPacks', 'annotationPackIds'].map(primaryKeyPart);

/** The read under way or done, for the connection it was made on (a new one reads again). */
let held: { database: IDBDatabase; ids: Promise<Set<string>> } | undefined;
let following = false;

function followWrites(): void {
  if (following) return;
  following = true;
  Dexie.on.storagemutated.subscribe((parts) => {
    if (touchesAny(parts, PARTS)) held = undefined;
  });
}

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
  followWrites();
  await db.open();
  const database = db.backendDB();
  if (held?.database === database) return;
  const entry = { database, ids: readHeldIds() };
  held = entry;
  // A failed read is not kept: the decision reads again.
  entry.ids.catch(() => {
    if (held === entry) held = undefined;
  });
}

/**
 * The ids held now: the read started ahead if no write came since, else a new one. Taken
 * once: the import that follows writes, and 200,000 ids are not kept for nothing.
 */
export async function takeHeldAnnotationIds(): Promise<ReadonlySet<string>> {
  await readHeldAnnotationIdsAhead();
  const { ids } = held!;
  held = undefined;
  return ids;
}
