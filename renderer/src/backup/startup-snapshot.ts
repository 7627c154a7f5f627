/**
 * What runs before the app opens its database: remove what a killed restore left, and
 * snapshot a database that is about to be upgraded. Dexie upgrades when the app opens the
 * database with a newer schema, so the stored version is read first by opening it without
 * one (Dexie's dynamic mode), and the old database is exported as it is.
 */
import { Dexie } from 'dexie';
import type { SourcemarkApi } from '../../../preload/api';
import { SourcemarkDatabase } from '../db/db';
import { activeDatabaseName, removeStaleWorkspaceDatabases } from './active-database';
import { takeSnapshot } from './take-snapshot';

/** The schema version this app's `SourcemarkDatabase` declares. */
export function appSchemaVersion(): number {
  // Dexie sets `verno` as versions are declared; the instance is never opened.
  return new SourcemarkDatabase('sourcemark-schema-probe').verno;
}

/** The version the database `name` is stored at, or undefined when there is none yet. */
export async function storedSchemaVersion(name: string): Promise<number | undefined> {
  if (!(await Dexie.exists(name))) return undefined;
  const stored = new Dexie(name);
  try {
    await stored.open();
    return stored.verno;
  } finally {
    stored.close();
  }
}

/**
 * Snapshots the database `name` when the app's schema is newer than the stored one.
 * Answers a sentence for the user when something was done or failed, else undefined.
 */
export async function snapshotBeforeUpgrade(
  api: SourcemarkApi,
  name: string,
  targetVersion = appSchemaVersion(),
): Promise<string | undefined> {
  const stored = await storedSchemaVersion(name);
  if (stored === undefined || stored >= targetVersion) return undefined;
  const old = new Dexie(name);
  try {
    await old.open();
    const written = await takeSnapshot(api, old, 'upgrade');
    return `Before upgrading the workspace from schema ${stored} to ${targetVersion}, a snapshot was written: ${written.entry.path}.`;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `The snapshot before upgrading the workspace (schema ${stored} to ${targetVersion}) failed: ${detail}. The upgrade went ahead.`;
  } finally {
    old.close();
  }
}

/** Messages from the steps that ran before the app mounted, for its notices. */
export const startupNotes: string[] = [];

/** Runs before the app mounts; never throws (the app opens whatever happens here). */
export async function prepareWorkspace(api: SourcemarkApi): Promise<void> {
  try {
    await removeStaleWorkspaceDatabases();
  } catch {
    // Leftovers stay until the next start: harmless, only space.
  }
  try {
    const note = await snapshotBeforeUpgrade(api, activeDatabaseName());
    if (note) startupNotes.push(note);
  } catch (error) {
    startupNotes.push(`Checking for a schema upgrade failed: ${String(error)}`);
  }
}
