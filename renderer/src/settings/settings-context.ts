/** The preferences a screen reads, followed live from the `settings` table. */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SETTINGS, type AppSettings } from './app-settings';
import { loadAppSettings } from './settings-repository';

/** The current preferences (the defaults until they are read). */
export function useSettings(): AppSettings {
  return useLiveQuery(loadAppSettings) ?? DEFAULT_SETTINGS;
}

/**
 * The stored preferences, `undefined` until they are read: for a choice made from them, which
 * must not act on the defaults in the moment before (an Export clicked then wrote the
 * default format, not the analyst's).
 */
export function useStoredSettings(): AppSettings | undefined {
  return useLiveQuery(loadAppSettings);
}
