/**
 * Whether a workspace holds no row at all: then there is nothing to lose, and neither the
 * daily snapshot nor the one before a restore is taken. Counted in one read transaction, so
 * the answer is one moment's.
 */
import type { Dexie } from 'dexie';

export function isWorkspaceEmpty(database: Dexie): Promise<boolean> {
  return database.transaction('r', database.tables, async () =>
    (await Promise.all(database.tables.map((table) => table.count()))).every((n) => n === 0),
  );
}
