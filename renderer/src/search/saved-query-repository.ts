/**
 * The analyst's named searches (`savedQueries`): what was typed and whether page chrome was
 * included. A saved query is run again from its text, so it follows the library as it grows.
 */
import { db } from '../db/db';
import type { SavedQueryRecord } from '../db/records';

/** What a saved query holds in `SavedQueryRecord.query`. */
export interface SavedSearch {
  text: string;
  includeChrome: boolean;
}

/** The saved search of `record`, or null when its `query` is not one (a later format). */
export function savedSearchOf(record: SavedQueryRecord): SavedSearch | null {
  const query = record.query as Partial<SavedSearch> | null;
  if (!query || typeof query.text !== 'string') return null;
  return { text: query.text, includeChrome: query.includeChrome === true };
}

/** Every saved query, by name. */
export function listSavedQueries(): Promise<SavedQueryRecord[]> {
  return db.savedQueries.orderBy('name').toArray();
}

/** Saves `search` as `name`, replacing a saved query of the same name. */
export async function saveQuery(name: string, search: SavedSearch): Promise<SavedQueryRecord> {
  return db.transaction('rw', db.savedQueries, async () => {
    const now = new Date().toISOString();
    const existing = await db.savedQueries.where('name').equals(name).first();
    const record: SavedQueryRecord = {
      id: existing?.id ?? crypto.randomUUID(),
      name,
      query: search,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.savedQueries.put(record);
    return record;
  });
}

/** Deletes a saved query; answers it, so the deletion can be undone with `restoreQuery`. */
export async function deleteQuery(id: string): Promise<SavedQueryRecord | undefined> {
  return db.transaction('rw', db.savedQueries, async () => {
    const record = await db.savedQueries.get(id);
    await db.savedQueries.delete(id);
    return record;
  });
}

/** Puts back a deleted saved query. */
export async function restoreQuery(record: SavedQueryRecord): Promise<void> {
  await db.savedQueries.put(record);
}
