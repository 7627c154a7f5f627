/** Persistent app settings in IndexedDB (the `settings` table): flags such as `samplesSeeded`. */
import { db } from '../db/db';
import type { SettingKey } from '../db/records';

/** Whether the flag `key` has been set to true. */
export async function isFlagSet(key: SettingKey): Promise<boolean> {
  return (await db.settings.get(key))?.value === true;
}

/** Sets (or clears) the flag `key`. */
export async function setFlag(key: SettingKey, value = true): Promise<void> {
  await db.settings.put({ key, value });
}
