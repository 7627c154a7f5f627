/**
 * Opens the workspace database before the app mounts. A database written by a newer
 * Sourcemark (an installed schema version above ours) still opens — Dexie 4 adapts to the
 * installed version instead of failing with VersionError, and older Dexie versions or a
 * stricter engine that do throw it are caught here too — but read-only: every write is
 * refused by the write guard, so this app never changes rows whose meaning a newer schema
 * may have changed. The app shows why in a banner.
 *
 * Opened read-only means byte for byte unchanged, version included. Dexie 4, finding a
 * table or index our schema declares missing from the installed database, "patches" it: it
 * reopens the database one native version higher (9 → 9.1) and adds what is missing. So a
 * newer database is opened with its own installed schema declared at its own version,
 * which leaves Dexie nothing to add. Every connection to the workspace (the page, the
 * search and export workers) opens through here.
 */
import { Dexie, type TableSchema } from 'dexie';
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

/** A table's schema in `stores()` syntax ("++seq, &key, *tags, [a+b]"). */
function storesSyntax(schema: TableSchema): string {
  return [schema.primKey, ...schema.indexes].map((index) => index.src).join(', ');
}

/**
 * The database `name` as installed: its schema version and each table in `stores()` syntax,
 * read by opening it without a schema (Dexie's dynamic mode, which never upgrades);
 * `undefined` when there is no such database.
 */
export async function readInstalledSchema(
  name: string,
): Promise<{ version: number; stores: Record<string, string> } | undefined> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    return {
      version: probe.verno,
      stores: Object.fromEntries(
        probe.tables.map((table) => [table.name, storesSyntax(table.schema)]),
      ),
    };
  } catch (error) {
    // Dynamic mode refuses to create a database: none is there.
    if ((error as { name?: string } | null)?.name === 'NoSuchDatabaseError') return undefined;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * Declares on `database` (not yet open) the installed schema as version `version`: every
 * installed table as it is, and ours that it lacks left out, so opening changes nothing.
 */
function declareInstalledSchema(
  database: Dexie,
  version: number,
  installed: Record<string, string>,
): void {
  const stores: Record<string, string | null> = { ...installed };
  for (const table of database.tables) if (!(table.name in installed)) stores[table.name] = null;
  database.version(version).stores(stores);
}

/** Installs the write guard on `database`, opens it and says whether it is writable. */
export async function openWorkspaceDatabase(database: Dexie): Promise<DatabaseOpening> {
  installWriteGuard(database);
  const ours = database.verno;
  try {
    const installed = database.isOpen() ? undefined : await readInstalledSchema(database.name);
    if (installed && installed.version > ours) {
      const message = newerDatabaseMessage(installed.version, ours);
      setReadOnly(message);
      declareInstalledSchema(database, installed.version, installed.stores);
      await database.open();
      return { kind: 'read-only', message };
    }
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
