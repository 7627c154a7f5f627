/**
 * What a restore did, carried across the page load that opens the restored workspace: the
 * dialog shows it for the moment before the load, then the shell shows it again as a notice
 * once the app is back (`useBackupCommands`), so the counts are there to be read.
 */
const KEY = 'sourcemark.restoreReport';

/** Keeps `sentence` for the next page load of this tab. */
export function keepRestoreReport(sentence: string): void {
  try {
    sessionStorage.setItem(KEY, sentence);
  } catch {
    // No session storage (a locked-down profile): the dialog's own line was all there is.
  }
}

/** The sentence kept before this load, once: it is removed as it is read. */
export function takeRestoreReport(): string | undefined {
  try {
    const sentence = sessionStorage.getItem(KEY) ?? undefined;
    sessionStorage.removeItem(KEY);
    return sentence;
  } catch {
    return undefined;
  }
}
