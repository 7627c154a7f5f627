/**
 * One place every write to the database passes (a Dexie DBCore middleware): it refuses
 * writes while the workspace is open read-only (a newer app's database), and turns a full
 * disk quota into a message that names what did not fit. Either way the write's
 * transaction aborts, so nothing of the action is stored: IndexedDB rolls back the whole
 * transaction, never part of it.
 */
import type { DBCore, DBCoreMutateRequest, Dexie, Middleware } from 'dexie';

/** Thrown for a write while the workspace is read-only. */
export class ReadOnlyWorkspaceError extends Error {
  override name = 'ReadOnlyWorkspaceError';
}

/** Thrown when the browser engine's storage quota is full; nothing of the action was stored. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** Why writes are refused, or `null` while they are allowed. */
let readOnlyReason: string | null = null;

/** Refuses every write from now on, saying `reason` (see `database-opening.ts`). */
export function setReadOnly(reason: string | null): void {
  readOnlyReason = reason;
}

/** Why the workspace is read-only, or `null`. */
export function readOnlyReasonNow(): string | null {
  return readOnlyReason;
}

/** Whether `error` (or an error it wraps, as Dexie's `inner`) is the engine's quota error. */
export function isQuotaError(error: unknown): boolean {
  for (
    let at = error as { name?: string; inner?: unknown } | null, depth = 0;
    at && depth < 5;
    depth += 1
  ) {
    if (at.name === 'QuotaExceededError' || at.name === 'StorageFullError') return true;
    at = (at.inner ?? null) as typeof at;
  }
  return false;
}

/** What a write request holds, in words: "3 rows of annotations". */
function describeWrite(table: string, request: DBCoreMutateRequest): string {
  const count =
    request.type === 'deleteRange'
      ? 0
      : request.type === 'delete'
        ? request.keys.length
        : request.values.length;
  return `${count} ${count === 1 ? 'row' : 'rows'} of ${table}`;
}

/** The message of a write that did not fit. */
export function storageFullMessage(what: string): string {
  return (
    `The disk space this browser engine gives Sourcemark is full: ${what} did not fit. ` +
    'Nothing of this action was saved, and nothing stored before it was lost. ' +
    'Free disk space (or empty the trash) and try again.'
  );
}

const writeGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourcemark-write-guard',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        // No async function here: its native promise would leave Dexie's zone, and a
        // transaction that awaits the write then commits early (PrematureCommitError).
        mutate: (request) => {
          if (readOnlyReason !== null)
            return Promise.reject(new ReadOnlyWorkspaceError(readOnlyReason));
          return table.mutate(request).catch((error: unknown) => {
            if (isQuotaError(error) && !(error instanceof StorageFullError))
              throw new StorageFullError(storageFullMessage(describeWrite(name, request)));
            throw error;
          });
        },
      };
    },
  }),
};

/** Installs the guard on `database`; call before it opens. */
export function installWriteGuard(database: Dexie): void {
  database.use(writeGuard);
}
