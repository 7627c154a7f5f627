/**
 * How long the trash keeps what was deleted (a setting, 30 days unless changed), and the
 * purge that empties what is older, run once at start.
 */
import { db } from '../db/db';
import type { TrashRecord } from '../db/records';

/** Days the trash keeps an item when the analyst changed nothing. */
export const DEFAULT_TRASH_DAYS = 30;

/** The retention in days: the stored setting when it is a whole number from 1 to 3650. */
export async function readTrashRetentionDays(): Promise<number> {
  const value = (await db.settings.get('trashRetentionDays'))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650
    ? value
    : DEFAULT_TRASH_DAYS;
}

/** Stores the retention; applies to items deleted from now on. */
export async function writeTrashRetentionDays(days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new RangeError('The trash keeps items from 1 to 3650 days.');
  await db.settings.put({ key: 'trashRetentionDays', value: days });
}

/**
 * Removes every trash record whose `purgeAfter` is before `now`, in one transaction;
 * answers the labels of what went, so the app can say so.
 */
export async function purgeExpiredTrash(now = new Date()): Promise<string[]> {
  return db.transaction('rw', db.trash, async () => {
    const expired: TrashRecord[] = await db.trash
      .where('purgeAfter')
      .below(now.toISOString())
      .toArray();
    await db.trash.bulkDelete(expired.map((record) => record.id));
    return expired.map((record) => record.label);
  });
}
