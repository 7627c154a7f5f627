/** The preferences a screen reads, followed live from the `settings` table. */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SETTINGS, type AppSettings } from './app-settings';
import { loadAppSettings } from './settings-repository';

/** The current preferences (the defaults until they are read). */
export function useSettings(): AppSettings {
  return useLiveQuery(loadAppSettings) ?? DEFAULT_SETTINGS;
}
