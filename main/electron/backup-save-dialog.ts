/** The native save dialog for "Back up workspace…", as the backup store's `pickSavePath`. */
import { dialog, type BrowserWindow } from 'electron';

export function createBackupSaveDialog(getWindow: () => BrowserWindow | undefined) {
  return async (suggestedName: string): Promise<string | null> => {
    const options = {
      title: 'Back up workspace',
      defaultPath: suggestedName,
      filters: [{ name: 'Sourcemark backup', extensions: ['json'] }],
    };
    const window = getWindow();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
