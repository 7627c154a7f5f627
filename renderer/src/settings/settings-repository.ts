/** The Settings screen's preferences and the last reading place, in the `settings` table. */
import { db } from '../db/db';
import { APP_SETTING_KEYS, readSettings, type AppSettings } from './app-settings';
import { readLastReading, type LastReading } from './last-reading';

/** Every preference, each checked (unknown or missing values give their defaults). */
export async function loadAppSettings(): Promise<AppSettings> {
  const rows = await db.settings.bulkGet(APP_SETTING_KEYS);
  return readSettings(
    Object.fromEntries(rows.flatMap((row) => (row ? [[row.key, row.value]] : []))),
  );
}

/** Stores one preference; every open screen follows through its live query. */
export async function saveAppSetting<K extends keyof AppSettings>(
  key: K,
  value: AppSettings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Where the reader was left, if anywhere. */
export async function loadLastReading(): Promise<LastReading | null> {
  return readLastReading((await db.settings.get('lastReading'))?.value);
}

/** Remembers the open article and its scroll position (`null`: the library was shown). */
export async function saveLastReading(place: LastReading | null): Promise<void> {
  await db.settings.put({ key: 'lastReading', value: place });
}
