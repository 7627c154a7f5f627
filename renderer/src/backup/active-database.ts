/**
 * Which IndexedDB database holds the workspace. A restore never writes into the open
 * database: it imports into a new one (`sourcemark-restored-<ms>`), verifies it, and only
 * then points here at it, one `localStorage` write. A restore killed at any moment leaves
 * the pointer on the old database, whole; the half-made one is removed at the next start.
 * Without a pointer the workspace is `sourcemark`, as it always was.
 */
import { Dexie } from 'dexie';

/** Equals `DATABASE_NAME` in `db/db.ts` (which imports this module, so it cannot import it). */
export const ORIGINAL_DATABASE_NAME = 'sourcemark';
export const RESTORED_DATABASE_PREFIX = 'sourcemark-restored-';
export const VERIFY_DATABASE_PREFIX = 'sourcemark-verify-';
const POINTER_KEY = 'sourcemark.activeDatabase';

const isWorkspaceName = (name: string) =>
  name === ORIGINAL_DATABASE_NAME || /^sourcemark-restored-\d+$/.test(name);

/** The name of the database the workspace lives in now. */
export function activeDatabaseName(): string {
  try {
    const stored = globalThis.localStorage?.getItem(POINTER_KEY);
    if (stored && isWorkspaceName(stored)) return stored;
  } catch {
    // No storage (a unit test, a locked-down profile): the original name.
  }
  // A worker has no `localStorage`: the page tells each worker which database to read.
  return ORIGINAL_DATABASE_NAME;
}

/** A fresh name for a restore's database. */
export function newRestoredDatabaseName(now = Date.now()): string {
  return `${RESTORED_DATABASE_PREFIX}${now}`;
}

/** Points the workspace at `name` (takes effect when the page loads again). */
export function switchActiveDatabase(name: string): void {
  if (!isWorkspaceName(name)) throw new Error(`"${name}" is not a workspace database.`);
  localStorage.setItem(POINTER_KEY, name);
}

/**
 * Deletes the workspace databases the pointer does not name: the one a restore replaced
 * (its snapshot was taken before the switch), any a killed restore left half made, and the
 * scratch database of a killed verification.
 * Does nothing unless the active database exists, so a lost pointer never costs data.
 * Answers the names deleted.
 */
export async function removeStaleWorkspaceDatabases(): Promise<string[]> {
  const active = activeDatabaseName();
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const names = (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
  if (!names.includes(active)) return [];
  // Scratch databases of a verification the page did not live to finish go too.
  const stale = names.filter(
    (name) => (isWorkspaceName(name) && name !== active) || name.startsWith(VERIFY_DATABASE_PREFIX),
  );
  for (const name of stale) await Dexie.delete(name);
  return stale;
}
