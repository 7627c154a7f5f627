/**
 * Opens the workspace database before the app mounts. A database written by a newer
 * Sourcemark (an installed schema version above ours) still opens — Dexie 4 adapts to the
 * installed version instead of failing with VersionError, and older Dexie versions or a
 * stricter engine that do throw it are caught here too — but read-only: every write is
 * refused by the write guard, so this app never changes rows whose meaning a newer schema
 * may have changed. The app shows why in a banner.
 */
import type { Dexie } from 'dexie';
import { installWriteGuard, setReadOnly } from './write-guard';

/** What opening found. */
export type DatabaseOpening =
  { kind: 'ready' } | { kind: 'read-only'; message: string } | { kind: 'failed'; message: string };

/** The schema version of a database as installed (Dexie stores version × 10). */
export function installedVersionOf(database: Dexie): number {
  return database.backendDB().version / 10;
}

/** The banner's words for a database of schema `installed` opened by an app of `ours`. */
export function newerDatabaseMessage(installed: number, ours: number): string {
  return (
    `This workspace was saved by a newer version of Sourcemark (database version ${installed}; ` +
    `this app knows version ${ours}). It is open read-only: you can read and export, but ` +
    'nothing can be changed until you update Sourcemark.'
  );
}

/** Installs the write guard on `database`, opens it and says whether it is writable. */
export async function openWorkspaceDatabase(database: Dexie): Promise<DatabaseOpening> {
  installWriteGuard(database);
  const ours = database.verno;
  try {
    await database.open();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'VersionError') {
      const message = newerDatabaseMessage(Number.NaN, ours).replace(
        'version NaN',
        'a newer version',
      );
      setReadOnly(message);
      return { kind: 'read-only', message };
    }
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const installed = installedVersionOf(database);
  if (installed > ours) {
    const message = newerDatabaseMessage(installed, ours);
    setReadOnly(message);
    return { kind: 'read-only', message };
  }
  return { kind: 'ready' };
}
