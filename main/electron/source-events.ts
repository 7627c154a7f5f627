/**
 * Sends the source watcher's findings to the window as `sm:sources:changed` events: the
 * desktop app checks the library's files on an interval, without the page asking.
 */
import type { BrowserWindow } from 'electron';
import type { HostEvents } from '../../preload/api';
import { pollSources } from '../ingest/watch/poll-sources';
import type { SourceWatcher } from '../ingest/watch/source-watcher';

/** Starts polling `watcher` for the window `getWindow` answers; answers the stop function. */
export function forwardSourceChanges(
  watcher: SourceWatcher,
  getWindow: () => BrowserWindow | undefined,
): () => void {
  return pollSources(watcher, (changes) => {
    const payload: HostEvents['sm:sources:changed'] = changes;
    // No window (closing): the renderer registers its sources again when it loads, and
    // the changes are found again then.
    getWindow()?.webContents.send('sm:sources:changed', payload);
  });
}
